import { APP_VERSION } from '#core/app/app-version';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('keeps the app version in step with package.json', () => {
  expect(APP_VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
});

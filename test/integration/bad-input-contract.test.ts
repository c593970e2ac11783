import { hostPathPolicy } from '#core/files/user-paths';
import type { Session } from '#core/call-context';
import { CHANNELS, contract } from '#shared/ipc/contract';
import { ERROR_CODES } from '#shared/ipc/envelope';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputsFor, PATH_FIELDS, sampleObject, type BadInput, type Schema } from './helpers/bad-inputs';
import { bootstrappedLedger, changeCount, tempDir, type TestLedger } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

// Every channel of the contract, fed inputs generated from its own schema (helpers/bad-inputs.ts),
// and every field that names a file or a folder fed hostile paths, over the host's path policy
// with a temp folder as the user's home. Each must come back as the usual error envelope with
// nothing written: no change-log entry, no file in home, outside it, or in the working directory.
const home = tempDir('ledger-bad-home-');
const outside = tempDir('ledger-bad-outside-');
// A fresh session for every call: a bad input must not sign it out either, but one that did must not hide the rest.
const system = (): Session => ({ principal: { actor: 'cli:bad-input', role: 'system', operatorId: null } });
let t: TestLedger;
const counts = new Map<string, number>();

const fifo = join(home.dir, 'city-public.json');
const hostilePaths = (): [string, string][] => [
  ['a FIFO', fifo],
  ['/dev/zero', '/dev/zero'],
  ['a folder', join(home.dir, 'U盘')],
  ['a file that exists', join(home.dir, 'U盘', 'notes.txt')],
  ['a Windows path on POSIX', 'E:\\U盘\\city-public.json'],
  ['a UNC path on POSIX', '\\\\evil\\share\\x'],
  ['a path outside the roots', join(outside.dir, 'x.json')],
  ['a folder outside the roots', outside.dir],
  ['a symlink out of the roots', join(home.dir, 'out', 'x.json')],
  ['a symlinked folder out of the roots', join(home.dir, 'out')],
  ['a relative path', 'U盘/x.json'],
  ['a missing file', join(home.dir, 'no-such', 'x.json')],
  ['a handle nobody issued', `fh_${'A'.repeat(22)}`],
];

/** What sits on disk where a bad input might write: home, outside, the working directory. */
const snapshot = () => JSON.stringify([readdirSync(home.dir, { recursive: true }).sort(), readdirSync(outside.dir).sort(), readdirSync(process.cwd()).sort()]);

beforeAll(async () => {
  mkdirSync(join(home.dir, 'U盘'));
  writeFileSync(join(home.dir, 'U盘', 'notes.txt'), '别人的文件');
  execFileSync('mkfifo', [fifo]);
  execFileSync('ln', ['-s', outside.dir, join(home.dir, 'out')]);
  t = await bootstrappedLedger(testPorts(), { paths: hostPathPolicy({ platform: 'linux', home: home.dir, user: 'nobody-here' }) });
});
afterAll(async () => {
  await t.close();
  home.cleanup();
  outside.cleanup();
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`[bad-input] ${total} malformed inputs over ${counts.size} channels:\n${[...counts].map(([c, n]) => `  ${c}: ${n}`).join('\n')}`);
});

function inputsOf(channel: (typeof CHANNELS)[number]): BadInput[] {
  const schema = z.toJSONSchema(contract[channel].input, { io: 'input', unrepresentable: 'any' }) as Schema;
  const inputs = badInputsFor(schema);
  for (const field of PATH_FIELDS.filter((f) => schema.properties?.[f])) {
    // A folder in home is what a folder field asks for (listing it is fine); only a file field must refuse it.
    for (const [kind, path] of hostilePaths().filter(([kind]) => field === 'file' || kind !== 'a folder')) inputs.push({ kind: `path: ${kind}`, field: null, input: { ...sampleObject(schema), [field]: path } });
  }
  return inputs;
}

describe('every channel, inputs generated from the contract', () => {
  it('generates, for every channel, at least the non-object and unknown-key inputs, and per field for every field', () => {
    for (const channel of CHANNELS) {
      const schema = z.toJSONSchema(contract[channel].input, { io: 'input', unrepresentable: 'any' }) as Schema;
      const fields = new Set(inputsOf(channel).flatMap((b) => (b.field ? [b.field] : [])));
      expect(inputsOf(channel).length, channel).toBeGreaterThanOrEqual(5);
      expect([...fields].sort(), channel).toEqual(Object.keys(schema.properties ?? {}).sort());
    }
  });

  for (const channel of CHANNELS) {
    it(`${channel}: every bad input is refused with the usual envelope and writes nothing`, async () => {
      const inputs = inputsOf(channel);
      counts.set(channel, inputs.length);
      for (const bad of inputs) {
        const label = `${channel} ${bad.kind}${bad.field ? ` (${bad.field})` : ''}: ${JSON.stringify(bad.input)?.slice(0, 160)}`;
        const [changes, files, session] = [changeCount(t.app), snapshot(), system()];
        const result = await t.app.dispatch(channel, bad.input, session);
        expect(result.ok, label).toBe(false);
        if (result.ok) continue;
        expect(ERROR_CODES, label).toContain(result.error.code);
        expect(result.error.message, label).toMatch(/\p{Script=Han}/u);
        if (!bad.kind.startsWith('path: ')) {
          expect(result.error.code, `${label}: ${result.error.message}`).toBe('invalid-input');
          if (bad.field) expect(result.error.issues?.map((i) => i.path[0]), `${label}: ${result.error.message}`).toContain(bad.field);
        }
        expect(changeCount(t.app), label).toBe(changes);
        expect(snapshot(), label).toBe(files);
        expect(session.principal, `${label}: signed the session out`).not.toBeNull();
      }
      expect(existsSync(join(process.cwd(), '\\\\evil\\share\\x'))).toBe(false);
    });
  }
});

import { fileSecretStore } from '#core/sync/file-secret-store';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/temp-ledger';

const dirs: (() => void)[] = [];
afterEach(() => dirs.splice(0).forEach((c) => c()));
const dataDir = () => {
  const t = tempDir('ledger-keys-');
  dirs.push(t.cleanup);
  return t.dir;
};

describe('the Node secret store', () => {
  it('writes a key once, owner-only, and never replaces it', async () => {
    const dir = dataDir();
    const store = fileSecretStore(dir);
    expect(await store.read('signing-key')).toBeNull();
    const first = await store.createIfAbsent('signing-key', Buffer.from('first'));
    const second = await store.createIfAbsent('signing-key', Buffer.from('second'));
    expect(first.toString()).toBe('first');
    expect(second.toString()).toBe('first');
    expect(statSync(join(dir, 'keys', 'signing-key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
  });

  it('refuses to make a second key beside one the desktop app sealed in the OS keystore', async () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'keys'));
    writeFileSync(join(dir, 'keys', 'signing-key.keystore'), 'ciphertext');
    const store = fileSecretStore(dir);
    await expect(store.createIfAbsent('signing-key', Buffer.from('new'))).rejects.toMatchObject({ code: 'crypto', message: expect.stringMatching(/系统密钥库/) });
  });
});

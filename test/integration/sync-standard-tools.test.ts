import { EXPORTABLES } from '#core/sync/exportable-tables';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake, seedRegistry } from './helpers/dispute-fixtures';
import { exportBundle, syncWorld, type Exported, type SyncWorld } from './helpers/sync-fixtures';
import { ok } from './helpers/temp-ledger';

let w: SyncWorld;
let b: Exported;
beforeAll(async () => {
  w = await syncWorld();
  const reg = await seedRegistry(w.office.app, w.office.admin);
  await ok(w.office.app, w.office.admin, 'disputes:create', intake(reg.estateId));
  b = await exportBundle(w);
});
afterAll(() => w.close());

const sh = (script: string, cwd = w.usb) => execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// The documented check (docs/bundle-format.md) with Debian's age, GNU tar, OpenSSL and coreutils.
describe('a bundle checked with standard tools only', () => {
  it('age -d -i city.key F | tar -x; openssl pkeyutl -verify; sha256sum -c', () => {
    const out = join(w.usb, 'out');
    mkdirSync(out);
    sh(`age -d -i '${join(w.cityDir, 'city.key')}' '${b.file}' | tar -x -C '${out}'`);
    const verified = sh(`openssl pkeyutl -verify -pubin -inkey out/office.pub.pem -rawin -in out/manifest.json -sigfile out/manifest.sig`);
    expect(verified).toMatch(/Signature Verified Successfully/);
    const sums = sh('sha256sum -c SHA256SUMS', out);
    // One checksum per exported table's data file.
    expect(sums.trim().split('\n')).toHaveLength(EXPORTABLES.length);
    expect(sums).not.toMatch(/FAILED/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { sha256sums: string; office: { keyFingerprint: string } };
    expect(sh('sha256sum out/SHA256SUMS').split(' ')[0]).toBe(manifest.sha256sums);
    expect(sh('openssl pkey -pubin -in out/office.pub.pem -outform DER | sha256sum').split(' ')[0]).toBe(manifest.office.keyFingerprint);
    expect(sh(`sha256sum out/manifest.json`).split(' ')[0]).toBe(b.manifestSha256);
  });

  it('a manifest altered by one byte fails openssl’s verification', () => {
    const out = join(w.usb, 'out2');
    mkdirSync(out);
    sh(`age -d -i '${join(w.cityDir, 'city.key')}' '${b.file}' | tar -x -C '${out}'`);
    sh(`sed -i 's/"seq": 1/"seq": 2/' out2/manifest.json`);
    let failure: { status?: number; stdout?: string } = {};
    try {
      sh('openssl pkeyutl -verify -pubin -inkey out2/office.pub.pem -rawin -in out2/manifest.json -sigfile out2/manifest.sig');
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(failure.stdout).toMatch(/Signature Verification Failure/);
  });

  it('city.key is in age-keygen’s format: age-keygen -y gives the published recipient', () => {
    const keys = JSON.parse(readFileSync(join(w.cityDir, 'city-public.json'), 'utf8')) as { recipients: { role: string; recipient: string }[] };
    expect(sh(`age-keygen -y '${join(w.cityDir, 'city.key')}'`).trim()).toBe(keys.recipients.find((r) => r.role === 'primary')!.recipient);
    expect(sh(`age-keygen -y '${join(w.cityDir, 'city-recovery.key')}'`).trim()).toBe(keys.recipients.find((r) => r.role === 'recovery')!.recipient);
    expect(sh(`stat -c %a '${join(w.cityDir, 'city.key')}'`).trim()).toBe('600');
    expect(sh(`stat -c %a '${join(w.office.dir, 'keys', 'office-signing-key')}'`).trim()).toBe('600');
  });

  it('the recovery key alone also decrypts a bundle', () => {
    expect(sh(`age -d -i '${join(w.cityDir, 'city-recovery.key')}' '${b.file}' | tar -t`)).toMatch(/^manifest\.json$/m);
  });
});

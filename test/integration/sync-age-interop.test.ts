import { TEST_NOW } from './helpers/test-ports';
import { initCityKeys } from '#core/city/city-keys';
import { openCity, type CityService } from '#core/city/city.service';
import { ageDecrypt, ageEncrypt, ageKeyFile, headerLength, newAgeIdentity } from '#core/sync/age-crypto';
import { x25519IdentityBytes } from '#core/sync/age-identity-key';
import { Decrypter, Encrypter, identityToRecipient, type Recipient } from 'age-encryption';
import { execFileSync } from 'node:child_process';
import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/temp-ledger';

// The payload is our own STREAM code on node:crypto (age-stream.ts), the header is
// age-encryption's: both directions are checked against Debian's `age`, at sizes
// around the 64 KiB chunk boundary (an empty file is one empty final chunk).
const SIZES = [0, 1, 65_535, 65_536, 65_537, 131_072, 200_000];
const CHUNK = 64 * 1024;
const SEALED_CHUNK = CHUNK + 16;

let t: { dir: string; cleanup(): void };
let me: { identity: string; recipient: string };
let keyFile: string;
beforeAll(async () => {
  t = tempDir('ledger-age-');
  me = await newAgeIdentity();
  keyFile = join(t.dir, 'me.key');
  writeFileSync(keyFile, ageKeyFile(me.identity, me.recipient, new Date(TEST_NOW)), { mode: 0o600 });
});
afterAll(() => t.cleanup());

const ageCli = (args: string[], input?: Uint8Array) => execFileSync('age', args, { input, maxBuffer: 1 << 26, stdio: ['pipe', 'pipe', 'pipe'] });

/** A file encrypted by the age CLI to `recipient`, and where its payload starts. */
function cliFile(plain: Uint8Array, recipient = me.recipient): { file: Buffer; payload: number } {
  const file = ageCli(['-r', recipient], plain);
  return { file, payload: headerLength(file) + 16 };
}

describe('age files: our payload code and Debian’s age read each other', () => {
  it.each(SIZES)('%i bytes encrypted by us decrypt with age -d -i', async (size) => {
    const plain = randomBytes(size);
    const other = await newAgeIdentity();
    const file = join(t.dir, `ours-${size}.age`);
    writeFileSync(file, await ageEncrypt(plain, [other.recipient, me.recipient]));
    expect(ageCli(['-d', '-i', keyFile, file]).equals(plain)).toBe(true);
  });

  it.each(SIZES)('%i bytes encrypted by age -r decrypt with ours', async (size) => {
    const plain = randomBytes(size);
    expect((await ageDecrypt(cliFile(plain).file, [me.identity])).equals(plain)).toBe(true);
  });

  it('and both agree with age-encryption’s own payload code', async () => {
    const plain = randomBytes(200_000);
    const d = new Decrypter();
    d.addIdentity(me.identity);
    expect(Buffer.from(await d.decrypt(await ageEncrypt(plain, [me.recipient]))).equals(plain)).toBe(true);
    const e = new Encrypter();
    e.addRecipient(me.recipient);
    expect((await ageDecrypt(await e.encrypt(plain), [me.identity])).equals(plain)).toBe(true);
  });

  it('a truncated file, a flipped byte in the last chunk and the wrong key all fail', async () => {
    const { file, payload } = cliFile(randomBytes(3 * CHUNK + 100)); // three full chunks and a short last one
    const cuts = [file.length - 1, payload + 3 * SEALED_CHUNK, payload + SEALED_CHUNK, payload + 8, payload - 3, 30];
    for (const cut of cuts) await expect(ageDecrypt(file.subarray(0, cut), [me.identity]), `cut at ${cut}`).rejects.toThrow();
    for (const at of [file.length - 1, file.length - 60, payload + 3 * SEALED_CHUNK]) {
      const bad = Buffer.from(file);
      bad[at]! ^= 0x01;
      await expect(ageDecrypt(bad, [me.identity]), `flip at ${at}`).rejects.toThrow();
    }
    const stranger = await newAgeIdentity();
    await expect(ageDecrypt(file, [stranger.identity])).rejects.toThrow(/no identity matched/);
    // A file whose last full chunk is dropped must not pass as a shorter file either.
    const exact = cliFile(randomBytes(2 * CHUNK));
    await expect(ageDecrypt(exact.file.subarray(0, exact.payload + SEALED_CHUNK), [me.identity])).rejects.toThrow();
  });
});

/**
 * A file whose payload is built here, chunk by chunk, under a file key we know
 * (taken the way age-crypto.ts takes it): to forge what only a keyholder could.
 */
async function forgedFile(chunks: { plain: Uint8Array; last: boolean }[]): Promise<Buffer> {
  let fileKey = new Uint8Array(0);
  const keeper: Recipient = { wrapFileKey: (key) => ((fileKey = Uint8Array.from(key)), []) };
  const e = new Encrypter();
  e.addRecipient(me.recipient);
  e.addRecipient(keeper);
  const empty = await e.encrypt(new Uint8Array(0));
  const nonce = randomBytes(16);
  const key = Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
  const sealed = chunks.map((c, i) => {
    const n = Buffer.alloc(12);
    n.writeUIntBE(i, 5, 6);
    n[11] = c.last ? 1 : 0;
    const cipher = createCipheriv('chacha20-poly1305', key, n, { authTagLength: 16 });
    return Buffer.concat([cipher.update(c.plain), cipher.final(), cipher.getAuthTag()]);
  });
  return Buffer.concat([empty.subarray(0, empty.length - 32), nonce, ...sealed]);
}

describe('the spec’s edge cases, forged with a known file key', () => {
  it('a well-formed forged file decrypts with both (the forging is right)', async () => {
    const plain = randomBytes(CHUNK + 10);
    const file = await forgedFile([{ plain: plain.subarray(0, CHUNK), last: false }, { plain: plain.subarray(CHUNK), last: true }]);
    writeFileSync(join(t.dir, 'forged-ok.age'), file);
    expect(ageCli(['-d', '-i', keyFile, join(t.dir, 'forged-ok.age')]).equals(plain)).toBe(true);
    expect((await ageDecrypt(file, [me.identity])).equals(plain)).toBe(true);
  });

  it('an empty final chunk after a full one is refused, as age refuses it', async () => {
    const file = await forgedFile([{ plain: randomBytes(CHUNK), last: false }, { plain: new Uint8Array(0), last: true }]);
    writeFileSync(join(t.dir, 'forged-empty-last.age'), file);
    expect(() => ageCli(['-d', '-i', keyFile, join(t.dir, 'forged-empty-last.age')])).toThrow();
    await expect(ageDecrypt(file, [me.identity])).rejects.toThrow(/empty final chunk/);
  });

  it('a file with no chunk flagged last is refused', async () => {
    const file = await forgedFile([{ plain: randomBytes(CHUNK), last: false }]);
    await expect(ageDecrypt(file, [me.identity])).rejects.toThrow();
  });
});

describe('at the city, damaged and foreign files are crypto rejections', () => {
  let city: { dir: string; cleanup(): void };
  let c: CityService;
  let recipients: string[];
  beforeAll(async () => {
    city = tempDir('ledger-city-');
    await initCityKeys(city.dir, new Date(TEST_NOW));
    c = await openCity(city.dir);
    recipients = (JSON.parse(readFileSync(join(city.dir, 'city-public.json'), 'utf8')) as { recipients: { recipient: string }[] }).recipients.map((r) => r.recipient);
  });
  afterAll(async () => {
    await c.close();
    city.cleanup();
  });

  const importBytes = async (name: string, bytes: Uint8Array) => {
    const file = join(city.dir, name);
    writeFileSync(file, bytes);
    const [outcome] = await c.importFiles([file]);
    return outcome!;
  };

  it('multi-chunk files: truncated at a chunk boundary, a flipped byte in the last chunk, another key', async () => {
    // Not a bundle inside, so an intact file gets past decryption and is refused as an archive.
    const file = await ageEncrypt(randomBytes(3 * CHUNK + 100), recipients);
    expect(await importBytes('intact.ledger.age', file)).toMatchObject({ status: 'rejected', code: 'invalid-input' });
    const payload = headerLength(file) + 16;
    expect(await importBytes('cut.ledger.age', file.subarray(0, payload + 2 * SEALED_CHUNK))).toMatchObject({ status: 'rejected', code: 'crypto', reason: expect.stringMatching(/无法解密：文件已损坏/) });
    const flipped = Buffer.from(file);
    flipped[file.length - 20]! ^= 0x80;
    expect(await importBytes('flip.ledger.age', flipped)).toMatchObject({ status: 'rejected', code: 'crypto', reason: expect.stringMatching(/无法解密：文件已损坏/) });
    const stranger = await newAgeIdentity();
    expect(await importBytes('foreign.ledger.age', cliFile(randomBytes(1000), stranger.recipient).file)).toMatchObject({ status: 'rejected', code: 'crypto', reason: expect.stringMatching(/不是加密给本市密钥/) });
  });
});

describe('age identities as WebCrypto keys (age-identity-key.ts)', () => {
  // The example identity and recipient of the age specification (section "The X25519 recipient type").
  const SPEC_IDENTITY = 'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX';
  const SPEC_RECIPIENT = 'age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj';

  it('decodes the specification’s identity, which then decrypts a file for its recipient', async () => {
    expect(x25519IdentityBytes(SPEC_IDENTITY)).toHaveLength(32);
    expect(await identityToRecipient(SPEC_IDENTITY)).toBe(SPEC_RECIPIENT);
    const plain = randomBytes(1000);
    expect((await ageDecrypt(cliFile(plain, SPEC_RECIPIENT).file, [SPEC_IDENTITY])).equals(plain)).toBe(true);
  });

  it('decodes what age-keygen writes', () => {
    const generated = execFileSync('age-keygen', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const identity = generated.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-1'))!;
    expect(x25519IdentityBytes(identity)).toHaveLength(32);
  });

  it('refuses a wrong checksum, lower or mixed case, and another kind of key', () => {
    const wrongChecksum = SPEC_IDENTITY.slice(0, -1) + (SPEC_IDENTITY.endsWith('X') ? 'Y' : 'X');
    for (const s of [wrongChecksum, SPEC_IDENTITY.toLowerCase(), SPEC_IDENTITY.replace('GFPY', 'gfpy'), SPEC_RECIPIENT, 'AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR', '']) {
      expect(x25519IdentityBytes(s), s).toBeNull();
    }
  });
});

import { KEYSTORE_SUFFIX, fileSecretStore } from '#core/sync/file-secret-store';
import type { SecretStore } from '#core/ports';
import { safeStorage } from 'electron';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The office's secrets sealed with Electron's safeStorage (DPAPI on Windows, the
 * Secret Service / kwallet on Linux desktops, Keychain on macOS): on disk only as
 * ciphertext that the OS releases to this user's session. Where no keystore is
 * available (a bare Linux session), falls back to the owner-only key files the
 * Node host and CLI use, and says so in `location`.
 */
export function keystoreSecretStore(dataDir: string): SecretStore {
  const plain = fileSecretStore(dataDir);
  // Linux without a keyring reports 'basic_text': that is obfuscation, not protection.
  const usable = safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  if (!usable) return plain;
  const dir = join(dataDir, 'keys');
  const sealed = (name: string) => join(dir, `${name}${KEYSTORE_SUFFIX}`);
  const read = async (name: string): Promise<Buffer | null> =>
    existsSync(sealed(name)) ? Buffer.from(safeStorage.decryptString(readFileSync(sealed(name))), 'base64') : plain.read(name);
  return {
    location: '本机系统密钥库',
    read,
    async createIfAbsent(name, value) {
      const existing = await read(name);
      if (existing) return existing;
      // A key made earlier by the Node host or CLI stays where it is.
      if (existsSync(join(dir, name))) return plain.createIfAbsent(name, value);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(sealed(name), safeStorage.encryptString(value.toString('base64')), { mode: 0o600, flag: 'wx' });
      chmodSync(sealed(name), 0o600);
      return value;
    },
  };
}

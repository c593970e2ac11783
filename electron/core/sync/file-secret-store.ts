import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import type { SecretStore } from '../ports';

/** Suffix of a secret the Electron app sealed with the OS keystore (see electron/main/keystore-secret-store.ts). */
export const KEYSTORE_SUFFIX = '.keystore';

const NAME = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * Node's secret store: one file per secret in `<dataDir>/keys/`, the folder 0700
 * and each file 0600 (readable by the owning OS account only). Used by the host,
 * the CLI and tests; Electron replaces it with safeStorage.
 */
export function fileSecretStore(dataDir: string): SecretStore {
  const dir = join(dataDir, 'keys');
  const path = (name: string) => {
    if (!NAME.test(name)) throw new Error(`bad secret name ${name}`);
    return join(dir, name);
  };
  const read = (name: string): Buffer | null => {
    // Never make a second key beside one the desktop app sealed in the OS keystore:
    // a new key would break the office's signature chain and its pseudonyms.
    if (existsSync(`${path(name)}${KEYSTORE_SUFFIX}`)) {
      throw new AppError('crypto', '本街道的密钥保存在本机系统密钥库中，只能在台账桌面程序中使用；命令行和浏览器模式无法读取。请在桌面程序中操作。');
    }
    try {
      return readFileSync(path(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
  return {
    location: dir,
    read: async (name) => read(name),
    async createIfAbsent(name, value) {
      const existing = read(name);
      if (existing) return existing;
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(dir, 0o700);
      // Written whole to a private temp file, then hard-linked into place: link()
      // fails if the name exists, so two processes racing never overwrite a key.
      const temp = `${path(name)}.${process.pid}.${Date.now()}.tmp`;
      const fd = openSync(temp, 'wx', 0o600);
      try {
        writeSync(fd, value);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      try {
        linkSync(temp, path(name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        unlinkSync(temp);
      }
      return read(name) ?? value;
    },
  };
}

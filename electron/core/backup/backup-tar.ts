import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { Header, Parser, Pax, type ReadEntry } from 'tar';

/**
 * The backup's archive: POSIX ustar written by node-tar's header encoder, one
 * entry at a time so a ledger of gigabytes streams through without being held in
 * memory. A document's Chinese file name does not fit ustar's ASCII fields, so
 * such an entry gets a pax header (what GNU tar and bsdtar read) first.
 */

const BLOCK = 512;

/** The header block(s) of one regular file. */
export function tarHeader(path: string, size: number, mtime: Date): Buffer {
  const fields = { path, mode: 0o600, uid: 0, gid: 0, uname: '', gname: '', size, mtime, type: 'File' as const };
  const block = Buffer.alloc(BLOCK);
  const needsPax = new Header(fields).encode(block, 0);
  if (!needsPax) return block;
  const pax = new Pax({ path, mtime }).encode();
  const plain = Buffer.alloc(BLOCK);
  // ustar's own name field gets an ASCII stand-in; readers take the pax path.
  new Header({ ...fields, path: `pax-named/${createHash('sha256').update(path).digest('hex').slice(0, 40)}` }).encode(plain, 0);
  return Buffer.concat([pax, plain]);
}

/** Zero bytes after an entry of `size` bytes, to the next block. */
export const tarPadding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** Two zero blocks end the archive. */
export const TAR_END = Buffer.alloc(BLOCK * 2);

export type Extracted = { path: string; bytes: number; sha256: string };

/** Why an archive was refused; the message is a zh-CN sentence. */
export class ArchiveRefused extends Error {}

/** Names a backup may hold: the manifest, the ledger, key files, the anchor, and files under documents/ and bundles/. */
export function allowedBackupPath(path: string): boolean {
  if (path.length > 1000 || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return false;
  if (['manifest.json', 'ledger.db', 'chain-head.json'].includes(path)) return true;
  if (parts[0] === 'keys') return parts.length === 2 && /^[a-z][a-z0-9-]{0,63}$/.test(parts[1]!);
  return (parts[0] === 'documents' || parts[0] === 'bundles') && parts.length >= 2 && posix.normalize(path) === path;
}

/**
 * Writes each regular file of a streamed archive under `dest` (folders 0700,
 * files 0600, never over an existing file), hashing as it goes. Push the
 * plaintext with `push`, then `end()`, which throws `ArchiveRefused` for a link,
 * a device, a name outside the backup's layout, an entry over `maxEntries`, or
 * an archive that stops early.
 */
export function archiveExtractor(dest: string, maxEntries: number) {
  const written: Extracted[] = [];
  let refusal: ArchiveRefused | null = null;
  let ended = false;
  const refuse = (message: string, entry?: ReadEntry) => {
    refusal ??= new ArchiveRefused(message);
    entry?.resume();
  };
  const parser = new Parser({
    strict: true,
    maxMetaEntrySize: 64 * 1024,
    onReadEntry: (entry: ReadEntry) => {
      if (refusal) return entry.resume();
      if (written.length >= maxEntries) return refuse(`备份内文件超过 ${maxEntries} 个`, entry);
      if (entry.type !== 'File' && entry.type !== 'OldFile') return refuse(`备份内「${entry.path.slice(0, 120)}」不是普通文件`, entry);
      if (!allowedBackupPath(entry.path)) return refuse(`备份内有不允许的文件名「${entry.path.slice(0, 120)}」`, entry);
      const target = join(dest, ...entry.path.split('/'));
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      const fd = openSync(target, 'wx', 0o600);
      const hash = createHash('sha256');
      let bytes = 0;
      entry.on('data', (c: Buffer) => {
        for (let off = 0; off < c.length; ) off += writeSync(fd, c, off, c.length - off);
        hash.update(c);
        bytes += c.length;
      });
      entry.on('end', () => {
        fsyncSync(fd);
        closeSync(fd);
        written.push({ path: entry.path, bytes, sha256: hash.digest('hex') });
      });
    },
  });
  parser.on('ignoredEntry', (entry: ReadEntry) => refuse(`备份内「${entry.path.slice(0, 120)}」不是普通文件`));
  parser.on('end', () => (ended = true));
  parser.on('error', (e: Error) => refuse(`备份内的压缩包已损坏（${e.message.slice(0, 100)}）`));
  return {
    push(plain: Buffer) {
      parser.write(plain);
      if (refusal) throw refusal;
    },
    end(): Extracted[] {
      parser.end();
      if (refusal) throw refusal;
      if (!ended) throw new ArchiveRefused('备份内的压缩包不完整');
      return written;
    },
  };
}

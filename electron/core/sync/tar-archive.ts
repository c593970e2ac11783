import { Header, Parser, type ReadEntry } from 'tar';

/** One regular file of an archive. */
export type TarEntry = { path: string; data: Uint8Array };

const BLOCK = 512;

/**
 * A POSIX ustar archive of regular files, headers encoded by node-tar: mode 0644,
 * owner 0:0 without names, one fixed mtime, so the bytes depend only on the
 * entries (GNU tar, bsdtar and Python's tarfile all read it).
 */
export function packTar(entries: readonly TarEntry[], mtime: Date): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const header = new Header({ path: entry.path, mode: 0o644, uid: 0, gid: 0, uname: '', gname: '', size: entry.data.length, mtime, type: 'File' });
    const block = Buffer.alloc(BLOCK);
    // encode() returns true when the path needs a pax header; ours are short ASCII names.
    if (header.encode(block, 0)) throw new Error(`tar path too long: ${entry.path}`);
    parts.push(block, Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.length));
    const pad = (BLOCK - (entry.data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(BLOCK * 2)); // end-of-archive marker
  return Buffer.concat(parts);
}

export type UnpackLimits = { maxEntries: number; maxEntryBytes: number };

/** Why an archive was refused: the reason is a zh-CN sentence. */
export class TarRefused extends Error {
  constructor(
    readonly kind: 'malformed' | 'path' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads every entry of an archive held in memory. Anything but regular files
 * (links, devices) is refused; `accept(path)` decides which names are allowed,
 * and sizes are checked against the header before any byte is buffered.
 */
export function unpackTar(archive: Uint8Array, limits: UnpackLimits, accept: (path: string) => boolean): TarEntry[] {
  const entries: TarEntry[] = [];
  let refusal: TarRefused | null = null;
  let ended = false;
  const refuse = (r: TarRefused, entry?: ReadEntry) => {
    refusal ??= r;
    entry?.resume();
  };
  const parser = new Parser({
    strict: true,
    maxMetaEntrySize: 64 * 1024,
    onReadEntry: (entry: ReadEntry) => {
      if (refusal) return entry.resume();
      if (entries.length >= limits.maxEntries) return refuse(new TarRefused('too-large', `压缩包内文件超过 ${limits.maxEntries} 个`), entry);
      if (entry.type === 'Directory' && entry.path === 'data/') return entry.resume();
      if (entry.type !== 'File' && entry.type !== 'OldFile') return refuse(new TarRefused('path', `压缩包内「${entry.path}」不是普通文件（${entry.type}）`), entry);
      if (!accept(entry.path)) return refuse(new TarRefused('path', `压缩包内有不允许的文件名「${entry.path.slice(0, 120)}」（只允许 manifest.json、manifest.sig、office.pub.pem、SHA256SUMS 和 data/ 下的数据文件）`), entry);
      if (entry.size > limits.maxEntryBytes) return refuse(new TarRefused('too-large', `压缩包内「${entry.path}」有 ${entry.size} 字节，超过上限 ${limits.maxEntryBytes} 字节`), entry);
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      // A file that arrives in one piece is a view of the archive (no copy of tens of MB).
      entry.on('end', () => entries.push({ path: entry.path, data: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) }));
    },
  });
  // node-tar skips what it does not extract (sparse, multi-volume, volume labels,
  // unknown types: `ignoredEntry`) and folds long-name and pax headers into the next
  // entry (`meta`) without either reaching onReadEntry. Our bundles hold neither,
  // so both are refused instead of importing what is left as if it were whole.
  parser.on('ignoredEntry', (entry: ReadEntry) => refuse(new TarRefused('path', `压缩包内「${entry.path.slice(0, 120)}」不是普通文件（类型 ${entry.type}），同步包只含普通文件`)));
  parser.on('meta', () => refuse(new TarRefused('path', '压缩包内有扩展头（长文件名或 pax 头），同步包不使用它们')));
  parser.on('end', () => (ended = true));
  try {
    parser.end(Buffer.from(archive.buffer, archive.byteOffset, archive.length));
  } catch (error) {
    throw new TarRefused('malformed', `压缩包格式损坏（${(error as Error).message.slice(0, 100)}）`);
  }
  if (refusal) throw refusal;
  if (!ended) throw new TarRefused('malformed', '压缩包不完整');
  return entries;
}

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a file given by a person could not be read; the caller words it for its field. */
export type ReadRefusal = { kind: 'missing' | 'not-a-file' | 'too-large' | 'unreadable'; size?: number };

export class ReadRefused extends Error {
  constructor(readonly refusal: ReadRefusal) {
    super(refusal.kind);
    this.name = 'ReadRefused';
  }
}

// O_NONBLOCK makes opening a FIFO return at once instead of parking a thread (and, with a
// synchronous read, the whole event loop) until a writer appears; Windows has no FIFOs and no flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file of at most `maxBytes`, on the I/O thread pool. The type and
 * size are taken from the open descriptor (fstat) before a byte is read, so a device
 * (/dev/zero), a FIFO or a folder is refused without reading it, and the same file is
 * measured and read (no swap in between). A file that grows past its measured size
 * while being read is refused too.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReadRefused({ kind: 'missing' });
    if (code === 'EISDIR' || code === 'ENXIO') throw new ReadRefused({ kind: 'not-a-file' });
    throw new ReadRefused({ kind: 'unreadable' });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ReadRefused({ kind: 'not-a-file' });
    if (stat.size > maxBytes) throw new ReadRefused({ kind: 'too-large', size: stat.size });
    const out = Buffer.alloc(stat.size + 1);
    let filled = 0;
    while (filled < out.length) {
      const { bytesRead } = await handle.read(out, filled, out.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > stat.size) throw new ReadRefused({ kind: 'too-large', size: filled });
    return out.subarray(0, filled);
  } catch (error) {
    if (error instanceof ReadRefused) throw error;
    throw new ReadRefused({ kind: 'unreadable' });
  } finally {
    await handle.close();
  }
}

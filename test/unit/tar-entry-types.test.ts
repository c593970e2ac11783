import { describe, expect, it } from 'vitest';
import { packTar, TarRefused, unpackTar } from '#core/sync/tar-archive';

const LIMITS = { maxEntries: 10, maxEntryBytes: 1 << 20 };
const accept = (p: string) => p === 'manifest.json' || p.startsWith('data/');
const MTIME = new Date(Date.UTC(2026, 10, 25));

/** A valid archive of two files, then the first header's type flag set to `type` (checksum recomputed). */
function withType(type: string): Buffer {
  const tar = packTar([{ path: 'manifest.json', data: Buffer.from('{}') }, { path: 'data/a.ndjson', data: Buffer.from('x\n') }], MTIME);
  tar.write(type, 156, 'latin1');
  tar.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += tar[i]!;
  tar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return tar;
}

describe('bundle tar entries', () => {
  it('reads regular files', () => {
    expect(unpackTar(withType('0'), LIMITS, accept).map((e) => e.path)).toEqual(['manifest.json', 'data/a.ndjson']);
  });

  // S sparse, M multi-volume continuation, V volume label, L/K GNU long name/link, x pax, Z unknown.
  it.each(['S', 'M', 'V', 'L', 'K', 'x', 'Z'])('refuses an entry of type %s instead of skipping it', (type) => {
    expect(() => unpackTar(withType(type), LIMITS, accept)).toThrow(TarRefused);
  });
});

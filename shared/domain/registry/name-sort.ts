import { pinyin } from 'pinyin-pro';

/**
 * The order a Chinese reader expects for names (凤凰 < 丽景 < 南泰): by pinyin,
 * syllable by syllable, the tone deciding between equal syllables (黎 li2 before
 * 丽 li4), the name itself breaking ties between homophones so the order is total.
 * Code-point order (丽 U+4E3D before 凤 U+51E4) means nothing to a reader.
 *
 * The key is stored beside each name (`name_sort`, kept by the repositories) so
 * SQLite sorts and pages by it with an index; the renderer's grids compare by the
 * same key, so a click on a column header gives the server's order.
 */
export function nameSortKey(name: string): string {
  const text = name.normalize('NFKC').trim().toLowerCase();
  if (text === '') return '';
  // Polyphones are read in context (重庆 chong, 重要 zhong); ü is written v to stay ASCII.
  const parts = pinyin(text, { toneType: 'num', type: 'all', nonZh: 'consecutive', v: true });
  const spelled = parts
    // Numbers in names compare by value (2号楼 before 12号楼): digits padded to a fixed width.
    .map((p) => (p.isZh ? p.pinyin : p.origin.trim().replace(/\d+/g, (d) => d.padStart(8, '0'))))
    .filter((s) => s !== '')
    .join(' ');
  // U+0001 sorts before every printable character: a shorter reading comes first (li4 < li4 jing3).
  return `${spelled}\u0001${text}`;
}

/** Compares two names by their sort keys (for grids that sort rows they already hold). */
export function compareNames(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ? cachedKey(a) : '';
  const y = b ? cachedKey(b) : '';
  return x < y ? -1 : x > y ? 1 : 0;
}

// A grid sorts thousands of rows, comparing each name many times; the keys are pure.
const cache = new Map<string, string>();
function cachedKey(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size > 20_000) cache.clear();
    key = nameSortKey(name);
    cache.set(name, key);
  }
  return key;
}

import type { PrivacyLevel } from '#shared/domain/sync/sync.schema';
import { createHmac } from 'node:crypto';
import type { Exportable } from './exportable';

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PHONE = /(?<![0-9])(?:1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})(?![0-9])/g;
const ID_NUMBER = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])/g;

/**
 * A natural person's stable pseudonym: HMAC-SHA256 under the office's own key
 * (never exported), so the same name always gives the same pseudonym within the
 * office, and the city cannot reverse it by hashing every plausible name.
 */
export function pseudonymizer(key: Uint8Array): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    const normal = name.normalize('NFC').trim();
    let p = cache.get(normal);
    if (!p) {
      const mac = createHmac('sha256', key).update(`person-name\0${normal}`).digest();
      p = '化名' + Array.from(mac.subarray(0, 10), (b) => BASE32[b & 31]).join('');
      cache.set(normal, p);
    }
    return p;
  };
}

/**
 * Replaces known names inside free text. A scan that tries each name length at
 * positions whose character starts some name: linear in the text, whatever the
 * number of names (a regex alternation of thousands of names is not).
 */
export function nameScrubber(names: Iterable<string>, pseudonym: (n: string) => string): (text: string) => string {
  const dict = new Set<string>();
  const first = new Set<string>();
  const lengths = new Set<number>();
  for (const raw of names) {
    const n = raw.normalize('NFC').trim();
    if (n.length < 2) continue; // one character would hit ordinary words
    dict.add(n);
    first.add(n[0]!);
    lengths.add(n.length);
  }
  const byLength = [...lengths].sort((a, b) => b - a); // longest name wins
  return (text) => {
    let out = '';
    let last = 0;
    for (let i = 0; i < text.length; ) {
      let hit = 0;
      if (first.has(text[i]!)) {
        for (const len of byLength) {
          const candidate = text.substr(i, len);
          if (candidate.length === len && dict.has(candidate)) {
            hit = len;
            break;
          }
        }
      }
      if (hit) {
        out += text.slice(last, i) + pseudonym(text.substr(i, hit));
        i += hit;
        last = i;
      } else i++;
    }
    return last === 0 ? text : out + text.slice(last);
  };
}

/** Masks anything shaped like a phone or resident ID number in free text. */
export const maskNumbers = (text: string): string => text.replace(ID_NUMBER, '[证件号已隐去]').replace(PHONE, '[电话已隐去]');

export type PrivacyTools = { level: PrivacyLevel; pseudonym: (n: string) => string; scrubNames: (t: string) => string };

/**
 * Applies a table's privacy rules to one stored row at `level`, and drops its
 * local columns. Returns a new object with the columns in stored order.
 */
export function privateRecord(row: Record<string, unknown>, table: Exportable, tools: PrivacyTools): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const omit = table.omit;
  for (const column in row) {
    if (omit?.includes(column)) continue;
    const value = row[column];
    const rule = table.privacy[column];
    if (rule && tools.level !== 'full' && (rule.kind === 'phone' || rule.kind === 'id-number')) continue; // left out below `full`
    if (!rule || tools.level === 'full' || typeof value !== 'string') {
      out[column] = value;
      continue;
    }
    if (rule.kind === 'person-name') {
      const applies = !rule.when || row[rule.when.column] === rule.when.equals;
      out[column] = applies && tools.level === 'pseudonymous' ? tools.pseudonym(value) : value;
      continue;
    }
    const masked = maskNumbers(value);
    out[column] = tools.level === 'pseudonymous' ? tools.scrubNames(masked) : masked;
  }
  return out;
}

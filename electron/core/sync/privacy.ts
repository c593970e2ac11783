import type { PrivacyLevel } from '#shared/domain/sync/sync.schema';
import { createHmac } from 'node:crypto';
import type { Exportable } from './exportable';
import { isSealed } from '../fieldcrypt/field-cipher';

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

export type PrivacyTools = {
  level: PrivacyLevel;
  pseudonym: (n: string) => string;
  scrubNames: (t: string) => string;
  /**
   * Opens a phone or ID number stored sealed (fieldcrypt/) under its field name: at
   * `full` the city gets what it can read, never the office's ciphertext. Needed at
   * `full` only, where those columns travel.
   */
  open?: (field: string, stored: string) => string;
};

/**
 * A table's privacy rules at one level, as a function that rewrites a parsed
 * stored row in place (the export parses a hundred thousand rows; copying each
 * one again cost a quarter of a second). A column that is left out — a local
 * column, or a phone, ID number or other personal detail below `full` — is set to `undefined`, which
 * JSON.stringify skips, so the row keeps its stored column order.
 */
export function privacyRule(table: Exportable, tools: PrivacyTools): (row: Record<string, unknown>) => void {
  const dropped = [...(table.omit ?? [])];
  const names: { column: string; when?: { column: string; equals: string } }[] = [];
  const texts: string[] = [];
  if (tools.level !== 'full') {
    for (const [column, rule] of Object.entries(table.privacy)) {
      if (rule.kind === 'phone' || rule.kind === 'id-number' || rule.kind === 'personal') dropped.push(column);
      else if (rule.kind === 'person-name') names.push({ column, when: rule.when });
      else texts.push(column);
    }
  }
  const pseudonymous = tools.level === 'pseudonymous';
  const sealed =
    tools.level === 'full'
      ? Object.entries(table.privacy).flatMap(([column, rule]) => (rule.kind === 'phone' || rule.kind === 'id-number' ? [{ column, field: `${table.entity}.${column}` }] : []))
      : [];
  const open =
    tools.open ??
    ((field: string, stored: string) => {
      if (isSealed(stored)) throw new Error(`${field}: a full bundle needs the field codec to open sealed values`);
      return stored;
    });
  return (row) => {
    for (const { column, field } of sealed) {
      const value = row[column];
      if (typeof value === 'string') row[column] = open(field, value);
    }
    // Names first: a `when` condition must read the stored value, before anything here is rewritten.
    if (pseudonymous) {
      for (const { column, when } of names) {
        const value = row[column];
        if (typeof value === 'string' && (!when || row[when.column] === when.equals)) row[column] = tools.pseudonym(value);
      }
    }
    for (const column of texts) {
      const value = row[column];
      if (typeof value !== 'string') continue;
      const masked = maskNumbers(value);
      row[column] = pseudonymous ? tools.scrubNames(masked) : masked;
    }
    for (const column of dropped) row[column] = undefined;
  };
}

import { privacyRule, type PrivacyTools } from '#core/sync/privacy';
import type { Exportable } from '#core/sync/exportable';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// privacyRule rewrites a parsed row in place; the line is JSON.stringify of it.
const table: Exportable = {
  entity: 'parties',
  schema: z.looseObject({}),
  privacy: {
    name: { kind: 'person-name', when: { column: 'kind', equals: 'person' } },
    phone: { kind: 'phone' },
    id_number: { kind: 'id-number' },
    notes: { kind: 'text' },
    birth_date: { kind: 'personal' },
  },
  omit: ['search_key'],
};
const tools = (level: PrivacyTools['level']): PrivacyTools => ({ level, pseudonym: (n) => `化名${n.length}`, scrubNames: (t) => t.replaceAll('张伟', '化名2') });
const line = (row: Record<string, unknown>, level: PrivacyTools['level']) => {
  const copy = { ...row };
  privacyRule(table, tools(level))(copy);
  return JSON.stringify(copy);
};
const person = { id: 'a', kind: 'person', name: '张伟', phone: '13871234567', id_number: null, notes: '张伟说电话13871234567', version: 2, search_key: 17, extra: true };

describe('privacyRule', () => {
  it('pseudonymous: names replaced, phone and ID columns left out, free text scrubbed and masked, order kept', () => {
    expect(line(person, 'pseudonymous')).toBe('{"id":"a","kind":"person","name":"化名2","notes":"化名2说电话[电话已隐去]","version":2,"extra":true}');
  });

  it('named: names kept, numbers still left out and masked', () => {
    expect(line(person, 'named')).toBe('{"id":"a","kind":"person","name":"张伟","notes":"张伟说电话[电话已隐去]","version":2,"extra":true}');
  });

  it('full: everything but the local columns', () => {
    expect(line(person, 'full')).toBe('{"id":"a","kind":"person","name":"张伟","phone":"13871234567","id_number":null,"notes":"张伟说电话13871234567","version":2,"extra":true}');
  });

  it('a name under a `when` applies only where it holds; non-strings and absent columns stay as they are', () => {
    expect(line({ kind: 'company', name: '张伟物业', notes: null }, 'pseudonymous')).toBe('{"kind":"company","name":"张伟物业","notes":null}');
    expect(line({ kind: 'person', name: 42 }, 'pseudonymous')).toBe('{"kind":"person","name":42}');
  });

  it('a personal detail (birth date, address …) travels only at full, like phone and ID numbers', () => {
    const row = { id: 'a', kind: 'person', birth_date: '1980-01-31' };
    expect(line(row, 'pseudonymous')).toBe('{"id":"a","kind":"person"}');
    expect(line(row, 'named')).toBe('{"id":"a","kind":"person"}');
    expect(line(row, 'full')).toBe('{"id":"a","kind":"person","birth_date":"1980-01-31"}');
  });
});

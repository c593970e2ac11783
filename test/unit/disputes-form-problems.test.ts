import { formProblems } from '#shared/domain/disputes/form-problems';
import { contract } from '#shared/ipc/contract';
import { describe, expect, it } from 'vitest';

// A fixed moment (no clock reads in unit tests): 25 November 2026, 14:00 in Shanghai.
const NOW = new Date('2026-11-25T06:00:00.000Z');
const TODAY = '2026-11-25';
const paths = (issues: { path: (string | number)[] }[]) => issues.map((i) => i.path.join('.')).sort();

describe('every problem of the intake form at once', () => {
  it('reports blanks, formats, the ID check digit and a future receipt time in one answer', () => {
    const form = {
      source: 'hotline-12345',
      hotlineOrderNo: '',
      receivedAt: '2027-01-01T09:00:00+08:00',
      estateId: '',
      category: '',
      description: '',
      parties: [{ role: 'applicant', kind: 'person', name: '', phone: '123', idNumber: '421202198001010010' }],
    };
    // The bare schema alone holds the future time and the hotline rule back behind the field errors.
    const schemaOnly = contract['disputes:create'].input.safeParse(form);
    expect(paths(schemaOnly.error!.issues.map((i) => ({ path: i.path as (string | number)[] })))).not.toContain('receivedAt');
    const all = formProblems(contract['disputes:create'].input, form, NOW, TODAY);
    expect(paths(all)).toEqual(['category', 'description', 'estateId', 'hotlineOrderNo', 'parties.0.idNumber', 'parties.0.name', 'parties.0.phone', 'receivedAt'].sort());
    expect(all.find((i) => i.path.join('.') === 'receivedAt')?.message).toBe('不能晚于当前时间');
    expect(all.find((i) => i.path.join('.') === 'estateId')?.message).toBe('还没有选择，请选择');
  });

  it('refuses a birth year more than 120 years ago with the clock the caller passes', () => {
    const form = { source: 'walk-in', receivedAt: '2026-11-20T09:00:00+08:00', estateId: '', category: 'parking', description: '占用车位', parties: [{ role: 'applicant', kind: 'person', name: '张伟', idNumber: '42120219000101001X' }] };
    expect(contract['disputes:create'].input.safeParse(form).error?.issues.map((i) => i.path.join('.'))).toEqual(['estateId']);
    expect(formProblems(contract['disputes:create'].input, form, NOW, TODAY).find((i) => i.path.join('.') === 'parties.0.idNumber')?.message).toMatch(/120 年以前/);
  });

  it('finds nothing in a good form', () => {
    const form = { source: 'walk-in', receivedAt: '2026-11-20T09:00:00+08:00', estateId: '0190a0b1-7c2d-7e3f-8a4b-5c6d7e8f9a0b', category: 'parking', description: '占用车位', parties: [{ role: 'applicant', kind: 'person', name: '张伟' }] };
    expect(formProblems(contract['disputes:create'].input, form, NOW, TODAY)).toEqual([]);
  });
});

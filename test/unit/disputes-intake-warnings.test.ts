import { describe, expect, it } from 'vitest';
import { openCaseWarnings, sameApplicant, type CaseCandidate } from '#shared/domain/disputes/intake-warnings';

const nobody = { name: null, phoneHash: null, idNumberHash: null };

describe('intake warnings (rules)', () => {
  it('takes the same phone hash, the same ID number hash or the same name as the same applicant', () => {
    expect(sameApplicant({ ...nobody, phoneHash: 'h1' }, { ...nobody, phoneHash: 'h1' })).toBe(true);
    expect(sameApplicant({ ...nobody, idNumberHash: 'k1' }, { ...nobody, idNumberHash: 'k1' })).toBe(true);
    expect(sameApplicant({ ...nobody, idNumberHash: 'k1' }, { ...nobody, idNumberHash: 'k2' })).toBe(false);
    expect(sameApplicant({ ...nobody, name: ' 张伟 ' }, { ...nobody, name: '张伟' })).toBe(true);
    expect(sameApplicant({ name: '张伟', phoneHash: 'h1', idNumberHash: null }, { name: '李强', phoneHash: 'h2', idNumberHash: null })).toBe(false);
    // Nothing known is nobody in particular: two blank applicants are not the same person.
    expect(sameApplicant(nobody, nobody)).toBe(false);
  });

  it('warns only of open cases, naming each', () => {
    const candidates: CaseCandidate[] = [
      { id: 'a', caseNo: '2026-0001', status: 'mediating', applicants: [{ ...nobody, name: '张伟' }] },
      { id: 'b', caseNo: '2026-0002', status: 'closed', applicants: [{ ...nobody, name: '张伟' }] },
      { id: 'c', caseNo: '2026-0003', status: 'registered', applicants: [{ ...nobody, name: '李强' }] },
    ];
    const w = openCaseWarnings([{ ...nobody, name: '张伟' }], candidates);
    expect(w.map((x) => [x.caseId, x.kind])).toEqual([['a', 'open-case']]);
    expect(w[0]!.message).toContain('2026-0001');
  });
});

import type { LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import type { InputOf } from '#shared/ipc/contract';
import { ok, VALID_CREDIT_CODES } from './temp-ledger';

export type Registry = { estateId: string; otherEstateId: string; companyId: string; mediatorId: string };

/** A community, a company, two estates and a mediator. */
export async function seedRegistry(app: LedgerApp, admin: Session): Promise<Registry> {
  const community = await ok(app, admin, 'registry:create-community', { name: '温泉社区' });
  const company = await ok(app, admin, 'registry:create-company', { name: '咸宁荣基物业', creditCode: VALID_CREDIT_CODES[0] });
  const estate = await ok(app, admin, 'registry:create-estate', { name: '锦湖紫竹苑', address: '温泉路 1 号', communityId: community.id, companyId: company.id, households: 900 });
  const other = await ok(app, admin, 'registry:create-estate', { name: '翰林名都', address: '金桂路 8 号', communityId: community.id, companyId: null, households: 400 });
  const mediator = await ok(app, admin, 'registry:create-staff', { name: '陈秀英', role: 'mediator', certificateNo: '鄂咸调证20240001号' });
  return { estateId: estate.id, otherEstateId: other.id, companyId: company.id, mediatorId: mediator.id };
}

/** A valid 18-digit resident ID (check digit computed per GB 11643-1999). */
export function validIdNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

export const intake = (estateId: string, overrides: Partial<InputOf<'disputes:create'>> = {}): InputOf<'disputes:create'> => ({
  source: 'walk-in',
  receivedAt: '2026-11-20T09:30:00+08:00',
  estateId,
  category: 'noise-neighbours',
  description: '楼上住户夜间装修噪音扰民，多次协商未果',
  parties: [
    { role: 'applicant', kind: 'person', name: '张伟', phone: '13871234567', idNumber: validIdNumber('42120219800101001') },
    { role: 'respondent', kind: 'person', name: '李强' },
  ],
  ...overrides,
});

export type Detail = {
  id: string;
  version: number;
  caseNo: string;
  status: string;
  tier: string;
  deadlines: { kind: string; dueAt: string; metAt: string | null; status: string }[];
  parties: { id: string; phoneMasked: string | null; idNumberMasked: string | null }[];
  hotlineDispatchedLate: boolean;
  allowedTransitions: string[];
};

/** A case mediated to its outcome: assigned, one session, then settled with `agreedTerms` (or failed with a reason). */
export async function mediatedCase(
  app: LedgerApp,
  admin: Session,
  reg: Registry,
  outcome: { settled: string } | { failed: string },
  overrides: Partial<InputOf<'disputes:create'>> = {},
) {
  let d = await ok(app, admin, 'disputes:create', intake(reg.estateId, overrides));
  d = await ok(app, admin, 'disputes:assign', { id: d.id, version: d.version, mediatorId: reg.mediatorId });
  d = await ok(app, admin, 'disputes:record-session', { id: d.id, version: d.version, heldAt: '2026-11-20T14:00:00+08:00', place: '温泉街道调解室', attendees: '各方当事人、陈秀英', notes: '双方陈述，调解员释法明理' });
  return 'settled' in outcome
    ? ok(app, admin, 'disputes:record-outcome', { id: d.id, version: d.version, outcome: 'settled', agreedTerms: outcome.settled, performance: '当场履行，社区监督', performanceDue: '2026-11-30T00:00:00+08:00' })
    : ok(app, admin, 'disputes:record-outcome', { id: d.id, version: d.version, outcome: 'failed', failureReason: outcome.failed });
}

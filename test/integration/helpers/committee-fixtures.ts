import type { LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import type { Role } from '#shared/domain/auth/roles';
import type { InputOf } from '#shared/ipc/contract';
import { validIdNumber } from './dispute-fixtures';
import { ok } from './temp-ledger';

/** Distinct valid resident IDs (born 1960–1979 in Xianning), one per `n`. */
export const personId = (n: number): string => validIdNumber(`4212021${960 + (n % 20)}0101${String(100 + n).padStart(3, '0')}`);

export type CommitteeRegistry = { estateId: string; otherEstateId: string; communityId: string };

/** A community and two estates (900 and 400 households). */
export async function seedEstates(app: LedgerApp, admin: Session): Promise<CommitteeRegistry> {
  const community = await ok(app, admin, 'registry:create-community', { name: '温泉社区' });
  const estate = await ok(app, admin, 'registry:create-estate', { name: '锦湖紫竹苑', address: '温泉路 1 号', communityId: community.id, companyId: null, households: 900 });
  const other = await ok(app, admin, 'registry:create-estate', { name: '翰林名都', address: '金桂路 8 号', communityId: community.id, companyId: null, households: 400 });
  return { estateId: estate.id, otherEstateId: other.id, communityId: community.id };
}

export const sittingCommittee = (estateId: string, overrides: Partial<InputOf<'committees:create'>> = {}): InputOf<'committees:create'> => ({
  estateId,
  kind: 'owners-committee',
  status: 'sitting',
  termNo: 1,
  termStart: '2024-06-01',
  filedOn: '2024-06-20',
  partyBranch: '锦湖紫竹苑小区党支部',
  ...overrides,
});

export const member = (committeeId: string, n: number, overrides: Partial<InputOf<'committees:add-member'>> = {}): InputOf<'committees:add-member'> => ({
  committeeId,
  name: `成员${n}`,
  position: 'member',
  partyMember: false,
  crossServing: false,
  phone: '13871234567',
  idNumber: personId(n),
  designatedOn: '2024-06-01',
  ...overrides,
});

/** A signed-in session of a new operator with `role`. */
export async function sessionAs(app: LedgerApp, admin: Session, role: Role, username: string): Promise<Session> {
  await ok(app, admin, 'auth:create-operator', { username, displayName: `${role}-${username}`, role, password: 'long-enough-pw' });
  const s: Session = { principal: null };
  await ok(app, s, 'auth:sign-in', { username, password: 'long-enough-pw' });
  return s;
}

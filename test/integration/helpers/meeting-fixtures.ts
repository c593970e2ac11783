import type { LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import type { InputOf } from '#shared/ipc/contract';
import { ok } from './temp-ledger';

export type MeetingRegistry = { estateId: string; otherEstateId: string; communityId: string; hostStaffId: string };

/** A community, two estates and the member of staff who hosts (陈秀英, a director). */
export async function seedMeetingRegistry(app: LedgerApp, admin: Session): Promise<MeetingRegistry> {
  const community = await ok(app, admin, 'registry:create-community', { name: '温泉社区' });
  const estate = await ok(app, admin, 'registry:create-estate', { name: '锦湖紫竹苑', address: '温泉路 1 号', communityId: community.id, companyId: null, households: 900 });
  const other = await ok(app, admin, 'registry:create-estate', { name: '翰林名都', address: '金桂路 8 号', communityId: community.id, companyId: null, households: 400 });
  const host = await ok(app, admin, 'registry:create-staff', { name: '陈秀英', role: 'director', certificateNo: null });
  return { estateId: estate.id, otherEstateId: other.id, communityId: community.id, hostStaffId: host.id };
}

type Attendee = InputOf<'meetings:create'>['attendees'][number];
export const attendee = (name: string, side: string, overrides: Partial<Attendee> = {}): Attendee => ({
  name, side, organisation: null, committeeMemberId: null, staffId: null, invited: true, attendance: null, uninvitedReason: null, ...overrides,
});

/** The four sides of a 四方联席会议, two each from the committee and the company. */
export const FOUR_PARTY_INVITED: Attendee[] = [
  attendee('张建国', 'owners-committee', { organisation: '锦湖紫竹苑业主委员会' }),
  attendee('李红梅', 'owners-committee', { organisation: '锦湖紫竹苑业主委员会' }),
  attendee('王强', 'company', { organisation: '咸宁荣基物业' }),
  attendee('赵丽', 'company', { organisation: '咸宁荣基物业' }),
  attendee('刘志明', 'party-members'),
  attendee('陈芳', 'residents'),
];

/** A 四方联席会议 of 锦湖紫竹苑 on 20 November 2026 (before the test clock's 25 November). */
export const fourParty = (reg: MeetingRegistry, overrides: Partial<InputOf<'meetings:create'>> = {}): InputOf<'meetings:create'> => ({
  kind: 'four-party',
  scope: 'estate',
  estateId: reg.estateId,
  communityId: null,
  title: '锦湖紫竹苑四方联席会议',
  status: 'held',
  startsAt: '2026-11-20T09:00:00+08:00',
  endsAt: '2026-11-20T11:00:00+08:00',
  place: '锦湖紫竹苑物业用房二楼会议室',
  hostName: '陈秀英',
  hostStaffId: reg.hostStaffId,
  recorderName: '周敏',
  recorderStaffId: null,
  attendees: FOUR_PARTY_INVITED,
  ...overrides,
});

/** The attendee list back as input, everyone present except those named absent. */
export function withAttendance(list: readonly { id: string; name: string; side: string; organisation: string | null; invited: boolean }[], absent: string[] = []) {
  return list.map((a) => ({
    id: a.id, name: a.name, side: a.side, organisation: a.organisation, committeeMemberId: null, staffId: null, invited: a.invited,
    attendance: absent.includes(a.name) ? ('absent' as const) : ('present' as const), uninvitedReason: null,
  }));
}

export const topic = (overrides: Partial<InputOf<'meetings:create-topic'>> = {}): InputOf<'meetings:create-topic'> => ({
  topicTitle: '地下车库照明改造',
  topicDetail: '车库照明长期不足，居民多次反映',
  source: 'resident-request',
  caseId: null,
  matterKind: 'facility-renovation',
  receivedAt: '2026-11-10T10:00:00+08:00',
  requester: '陈芳',
  estateId: null,
  communityId: null,
  ...overrides,
});

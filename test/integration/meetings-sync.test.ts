import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '#core/call-context';
import { MEETING_TABLE_NAMES } from '#core/meetings/meetings.table';
import { attendee, fourParty, seedMeetingRegistry, topic, withAttendance } from './helpers/meeting-fixtures';
import { exportBundle, openBundle, syncWorld, type SyncWorld } from './helpers/sync-fixtures';
import { ok } from './helpers/temp-ledger';

let w: SyncWorld;
let admin: Session;
let meetingId: string;
beforeAll(async () => {
  w = await syncWorld();
  admin = w.office.admin;
  const reg = await seedMeetingRegistry(w.office.app, admin);
  await ok(w.office.app, admin, 'meetings:update-kinds', { version: null, kinds: (await ok(w.office.app, admin, 'meetings:get-kinds', {})).kinds });
  const tp = await ok(w.office.app, admin, 'meetings:create-topic', topic({ estateId: reg.estateId, requester: '欧阳春花', topicDetail: '欧阳春花反映车库照明不足，电话13907150001' }));
  let m = await ok(w.office.app, admin, 'meetings:create', fourParty(reg, { recorderName: '司马建国' }));
  const list = [...withAttendance(m.attendees), attendee('诸葛明辉', 'residents', { invited: false, attendance: 'present', uninvitedReason: '代陈芳出席' })];
  m = await ok(w.office.app, admin, 'meetings:set-attendees', { id: m.id, version: m.version, attendees: list });
  m = await ok(w.office.app, admin, 'meetings:set-agenda', { id: m.id, version: m.version, agenda: [{ itemTitle: '车库照明', topicId: tp.id, discussion: '欧阳春花介绍情况' }] });
  m = await ok(w.office.app, admin, 'meetings:set-resolutions', { id: m.id, version: m.version, resolutions: [{ resolutionText: '同意改造', topicId: tp.id, vote: { votesFor: 7, votesAgainst: 0, votesAbstain: 0 } }] });
  for (const action of ['submit', 'approve', 'lock'] as const) m = await ok(w.office.app, admin, 'meetings:minutes-action', { id: m.id, version: m.version, action });
  await ok(w.office.app, admin, 'meetings:add-addendum', { id: m.id, version: m.version, addedOn: '2026-11-24', addendumText: '补充：费用由公共收益列支' });
  meetingId = m.id;
}, 60_000);
afterAll(() => w.close());

describe('meetings in a bundle', () => {
  it('every meetings table travels, the city accepts them all, and names are pseudonyms at the default level', async () => {
    const b = await exportBundle(w);
    for (const table of MEETING_TABLE_NAMES) expect(b.counts[table], table).toBeGreaterThan(0);
    const files = await openBundle(w, b.file);
    const text = [...files.values()].map((v) => v.toString('utf8')).join('\n');
    const names = (w.office.app.ledger.raw.prepare(`SELECT name FROM meeting_attendees UNION SELECT host_name FROM meetings UNION SELECT recorder_name FROM meetings
      UNION SELECT requester FROM meeting_topics UNION SELECT signer_name FROM meeting_addenda`).pluck().all() as string[]).filter(Boolean);
    expect(names.length).toBeGreaterThan(8);
    for (const n of names) expect(text.includes(n), `name ${n}`).toBe(false);
    expect(text.includes('13907150001')).toBe(false);
    const meetingLine = files.get('data/meetings.ndjson')!.toString('utf8').trim();
    expect(JSON.parse(meetingLine)).toMatchObject({ id: meetingId, minutes_status: 'locked', host_name: expect.stringMatching(/^化名[A-Z2-9]{10}$/) });

    const city = await w.city();
    expect(await city.importFiles([b.file])).toEqual([expect.objectContaining({ status: 'imported', seq: 1, records: b.records })]);
    const held = city.repo.records('421202001');
    for (const table of MEETING_TABLE_NAMES) expect(held.filter((r) => r.entity === table).length, table).toBe(b.counts[table]);
  });
});

/**
 * Demo meetings (the demo clock reads early January 2026): for each community a
 * 有事好商量协商会 in December 2025 on topics residents raised, a 四方联席会议 in
 * six estates with their minutes locked, the street's December joint meeting, and
 * one 四方联席会议 planned for later in January with its invited list (the sign-in
 * sheet can be printed). Everything goes through dispatch like a clerk's input.
 */
type Call = <T>(channel: string, input: unknown) => Promise<T>;
type Meeting = { id: string; version: number; attendees: { id: string; name: string; side: string; organisation: string | null; invited: boolean }[] };

const TOPICS = [
  { title: '地下车库照明不足，申请用公共收益改造', matter: 'public-revenue' },
  { title: '小区东门电动车充电桩增设', matter: 'facility-renovation' },
  { title: '物业费调整方案征求意见', matter: 'fee-adjustment' },
  { title: '夜间外来车辆乱停放整治', matter: 'parking' },
  { title: '垃圾分类投放点异味整治', matter: 'environment' },
  { title: '老旧电梯更新改造资金筹措', matter: 'facility-renovation' },
] as const;

const present = (list: Meeting['attendees'], absent: number) =>
  list.map((a, i) => ({ id: a.id, name: a.name, side: a.side, organisation: a.organisation, committeeMemberId: null, staffId: null, invited: a.invited, attendance: i === absent ? 'apologies' : 'present', uninvitedReason: null }));

const invite = (name: string, side: string, organisation: string | null = null) => ({ name, side, organisation, committeeMemberId: null, staffId: null, invited: true, attendance: null, uninvitedReason: null });

export async function fillDemoMeetings(
  call: Call, random: () => number, person: () => string,
  places: { communities: readonly { id: string; name: string }[]; estates: readonly { id: string; name: string }[] }, host: string,
): Promise<number> {
  let meetings = 0;
  const day = (d: number, hour: number) => `2025-12-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
  // Resolutions, votes, then submit → approve → lock: the demo runs as the system principal, which may approve.
  async function hold(input: Record<string, unknown>, topicIds: string[], lock: boolean) {
    let m = await call<Meeting>('meetings:create', input);
    m = await call<Meeting>('meetings:set-attendees', { id: m.id, version: m.version, attendees: present(m.attendees, m.attendees.length - 1) });
    const presentCount = m.attendees.length - 1;
    m = await call<Meeting>('meetings:set-agenda', { id: m.id, version: m.version, agenda: topicIds.map((topicId, i) => ({ itemTitle: `议题${i + 1}`, topicId, discussion: '各方充分发表意见，物业公司说明了方案和费用。' })) });
    const votes = (n: number) => ({ votesFor: n - 1, votesAgainst: 1, votesAbstain: 0 });
    m = await call<Meeting>('meetings:set-resolutions', {
      id: m.id, version: m.version,
      resolutions: topicIds.map((topicId, i) => ({ resolutionText: `同意议题${i + 1}的处理方案，由物业服务企业在 30 日内落实，社区跟踪督办。`, topicId, vote: input.kind === 'community-weekly' ? null : votes(presentCount) })),
    });
    if (lock) for (const action of ['submit', 'approve', 'lock']) m = await call<Meeting>('meetings:minutes-action', { id: m.id, version: m.version, action });
    meetings++;
  }

  for (const [i, c] of places.communities.entries()) {
    const topicIds: string[] = [];
    for (let k = 0; k < 2; k++) {
      const t = TOPICS[(i * 2 + k) % TOPICS.length]!;
      const estate = places.estates[(i * 2 + k) % places.estates.length]!;
      topicIds.push((await call<{ id: string }>('meetings:create-topic', {
        topicTitle: t.title, topicDetail: null, source: k === 0 ? 'resident-request' : 'committee', caseId: null, matterKind: t.matter,
        receivedAt: day(1 + k, 10), requester: k === 0 ? person() : null, estateId: estate.id, communityId: null,
      })).id);
    }
    await hold({
      kind: 'consultation', scope: 'community', estateId: null, communityId: c.id, title: `${c.name}有事好商量协商会（12 月）`, status: 'held',
      startsAt: day(10 + (i % 5), 14), endsAt: day(10 + (i % 5), 16), place: `${c.name}党群服务中心`, hostName: host, hostStaffId: null, recorderName: person(), recorderStaffId: null,
      attendees: [invite(person(), 'community', c.name), invite(person(), 'residents'), invite(person(), 'residents'), invite(person(), 'company'), invite(person(), 'owners-committee')],
    }, topicIds, i % 2 === 0);
    // One collected topic waits for the next meeting.
    await call('meetings:create-topic', {
      topicTitle: TOPICS[(i + 3) % TOPICS.length]!.title, topicDetail: null, source: 'inspection', caseId: null, matterKind: TOPICS[(i + 3) % TOPICS.length]!.matter,
      receivedAt: day(20, 9), requester: null, estateId: places.estates[i % places.estates.length]!.id, communityId: null,
    });
  }
  for (const [i, e] of places.estates.slice(0, 6).entries()) {
    await hold({
      kind: 'four-party', scope: 'estate', estateId: e.id, communityId: null, title: `${e.name}四方联席会议`, status: 'held',
      startsAt: day(15 + i, 9), endsAt: day(15 + i, 11), place: `${e.name}物业用房会议室`, hostName: host, hostStaffId: null, recorderName: person(), recorderStaffId: null,
      attendees: [invite(person(), 'owners-committee', `${e.name}业主委员会`), invite(person(), 'company'), invite(person(), 'party-members'), invite(person(), 'residents'), invite(person(), 'residents')],
    }, [], random() < 0.8);
  }
  await hold({
    kind: 'street-monthly', scope: 'street', estateId: null, communityId: null, title: '12 月街道物业联席会议', status: 'held',
    startsAt: day(26, 9), endsAt: day(26, 11), place: '街道办事处三楼会议室', hostName: host, hostStaffId: null, recorderName: person(), recorderStaffId: null,
    attendees: [invite(host, 'street'), ...places.communities.map((c) => invite(person(), 'community', c.name)), invite(person(), 'company')],
  }, [], true);
  const e = places.estates[6] ?? places.estates[0]!;
  await call('meetings:create', {
    kind: 'four-party', scope: 'estate', estateId: e.id, communityId: null, title: `${e.name}四方联席会议（一季度）`, status: 'planned',
    startsAt: '2026-01-20T09:00:00+08:00', endsAt: '2026-01-20T11:00:00+08:00', place: `${e.name}物业用房会议室`, hostName: host, hostStaffId: null, recorderName: person(), recorderStaffId: null,
    attendees: [invite(person(), 'owners-committee'), invite(person(), 'company'), invite(person(), 'party-members'), invite(person(), 'residents')],
  });
  return meetings + 1;
}

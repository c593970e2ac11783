import { DEFAULT_SCORING_SHEET } from '#shared/domain/committees/evaluation-rules';
import { DEFAULT_CHECKLIST } from '#shared/domain/committees/vetting';
import { idNumberCheckChar } from '#shared/domain/disputes/id-number';

type Call = <T>(channel: string, input: unknown) => Promise<T>;
type Detail = { id: string; version: number; members: { id: string }[] };

/**
 * Demo committees for the demo's estates (the demo clock reads early January 2026):
 * about two in three estates with a sitting committee of 5–7 members, two half-years
 * of 履职评议, a training session this quarter, and one first election under way.
 */
export async function fillDemoCommittees(call: Call, random: () => number, person: () => string, estateIds: readonly string[]): Promise<number> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  let serial = 0;
  const idNumber = () => {
    serial++;
    const year = 1955 + Math.floor(random() * 35);
    const body = `421202${year}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`;
    return body + idNumberCheckChar(body);
  };
  const phone = () => `1${pick(['33', '35', '37', '38', '39', '58', '86'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
  const trainees: string[] = [];
  let committees = 0;
  for (const [i, estateId] of estateIds.entries()) {
    if (i % 3 === 2) continue;
    const year = 2021 + Math.floor(random() * 4);
    const termStart = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`;
    let c = await call<Detail>('committees:create', {
      estateId, kind: random() < 0.85 ? 'owners-committee' : 'interim-committee', status: 'sitting', termNo: 1 + Math.floor(random() * 3),
      termStart, filedOn: termStart, partyBranch: random() < 0.7 ? '小区党支部' : null,
    });
    const size = 5 + Math.floor(random() * 3);
    for (let m = 0; m < size; m++) {
      c = await call<Detail>('committees:add-member', {
        committeeId: c.id, name: person(), position: m === 0 ? 'chair' : m === 1 ? 'vice-chair' : 'member', partyMember: random() < 0.55,
        crossServing: random() < 0.3, phone: phone(), idNumber: idNumber(), designatedOn: termStart,
      });
    }
    for (const [half, evaluatedOn] of [['2025-H1', '2025-06-25'], ['2025-H2', '2025-12-20']] as const) {
      if (evaluatedOn < termStart) continue;
      const strength = 0.45 + random() * 0.55;
      await call('committees:record-evaluation', {
        committeeId: c.id, half, evaluatedOn, evaluators: ['街道办事处', '社区党组织', '党员代表', '业主代表'],
        scores: DEFAULT_SCORING_SHEET.map((item) => ({ itemKey: item.key, points: Math.min(item.max, Math.round(item.max * (strength + (random() - 0.5) * 0.3))) })),
      });
    }
    if (random() < 0.6) trainees.push(...c.members.slice(0, 2 + Math.floor(random() * 3)).map((m) => m.id));
    committees++;
  }
  if (trainees.length > 0) {
    await call('committees:record-training', { heldOn: '2026-01-04', topic: '《民法典》物业服务合同与业主大会议事规则', kind: 'law-lecture', trainer: '区司法局', place: '街道党群服务中心', memberIds: trainees });
  }
  // One first election under way on an estate without a committee: three candidates, checks started.
  const open = estateIds.find((_, i) => i % 3 === 2);
  if (open) {
    let e = await call<{ id: string; candidates: { id: string }[] }>('committees:create-election', { estateId: open, kind: 'first-election' });
    for (let n = 0; n < 3; n++) {
      e = await call('committees:add-candidate', { electionId: e.id, name: person(), nomination: pick(['owners', 'self', 'party-organisation']), partyMember: random() < 0.6, phone: phone(), idNumber: idNumber() });
    }
    for (const candidate of e.candidates) {
      for (const item of DEFAULT_CHECKLIST.slice(0, 4 + Math.floor(random() * 6))) {
        await call('committees:record-check', { electionId: e.id, candidateId: candidate.id, itemKey: item.key, finding: random() < 0.9 ? 'met' : 'not-met', checkedOn: '2026-01-04', evidence: '材料已存档' });
      }
    }
  }
  return committees;
}

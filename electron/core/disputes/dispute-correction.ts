import { CORRECTED_FIELD_LABELS, type CorrectedField } from '#shared/domain/disputes/corrections';
import { idNumberProblem } from '#shared/domain/disputes/id-number';
import { receivedAtProblem, type DisputeCategory } from '#shared/domain/disputes/disputes.schema';
import { chooseTier, type TierRuleTable } from '#shared/domain/disputes/tier-rules';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { FieldIssue } from '#shared/ipc/envelope';
import { appendChange } from '../changes/change-log.repository';
import { newRecord } from '../db/record-columns';
import { insertRecord, tombstoneRecord, updateRecord } from '../db/record-store';
import type { Tx } from '../db/schema';
import { AppError, fieldError, invalidFields } from '../errors';
import type { FieldCodec } from '../fieldcrypt/field-codec';
import type { IdSource } from '../ports';
import type { DisputePatch } from './disputes.table';
import * as repo from './disputes.repository';

/** Not a table: the reason and the corrected fields of one correction, logged under the case's id. */
export const CORRECTION_ENTITY = 'dispute-correction';

type Input = ParsedInputOf<'disputes:correct-case'>;
/** `tiers`/`labels`: the categories in force, read before the transaction. */
type Ctx = { trx: Tx; d: repo.DisputeRecord; at: string; actor: string; ids: IdSource; fields: FieldCodec; tiers?: TierRuleTable; labels?: Record<DisputeCategory, string> };

/** Every problem of the correction at once, as at intake: clock, ID numbers, parties that are not the case's, companies. */
async function check(c: Ctx, i: Input, stored: repo.PartyRecord[]): Promise<void> {
  const issues: FieldIssue[] = [];
  const now = new Date(c.at);
  const received = receivedAtProblem(i.receivedAt, now);
  if (received) issues.push({ path: ['receivedAt'], message: received });
  if (i.hotlineReceivedAt && Date.parse(i.hotlineReceivedAt) > now.getTime()) issues.push({ path: ['hotlineReceivedAt'], message: '不能晚于当前时间' });
  const byId = new Map(stored.map((p) => [p.id, p]));
  const today = shanghaiDate(now);
  const live = await repo.liveCompanyIds(c.trx, i.parties.map((p) => p.companyId).filter((x): x is string => x !== null));
  i.parties.forEach((p, n) => {
    if (p.id !== undefined && !byId.has(p.id)) issues.push({ path: ['parties', n], message: '该当事人不属于本案件或已删除，请重新载入案件' });
    const idNumber = p.idNumber === undefined ? (p.id ? byId.get(p.id)?.id_number ?? null : null) : p.idNumber;
    if (idNumber && p.kind !== 'person') issues.push({ path: ['parties', n, 'idNumber'], message: '只有个人当事人才填写身份证号，请先清空' });
    const problem = p.idNumber ? idNumberProblem(p.idNumber, today) : null;
    if (problem) issues.push({ path: ['parties', n, 'idNumber'], message: problem });
    if (p.companyId && !live.has(p.companyId)) issues.push({ path: ['parties', n, 'companyId'], message: '该企业不存在或已删除' });
  });
  if (issues.length > 0) throw invalidFields(issues);
}

/** Adds, changes and removes parties to match the correction; true when any changed. */
async function correctParties(c: Ctx, i: Input, stored: repo.PartyRecord[]): Promise<boolean> {
  const meta = { at: c.at, actor: c.actor, what: '当事人' };
  const kept = new Set(i.parties.map((p) => p.id).filter(Boolean));
  let changed = false;
  for (const p of stored) {
    if (kept.has(p.id)) continue;
    await tombstoneRecord(c.trx, 'dispute_parties', p.id, p.version, meta);
    changed = true;
  }
  let position = Math.max(-1, ...stored.map((p) => p.position));
  for (const p of i.parties) {
    const before = p.id ? stored.find((s) => s.id === p.id) : undefined;
    const cols = { role: p.role, kind: p.kind, name: p.name, company_id: p.companyId, ...(p.phone !== undefined ? { phone: p.phone } : {}), ...(p.idNumber !== undefined ? { id_number: p.idNumber } : {}) };
    if (!before) {
      position += 1;
      const details = { gender: null, birth_date: null, ethnicity: null, occupation: null, residence: null, representative: null };
      await insertRecord(c.trx, 'dispute_parties', await c.fields.seal('dispute_parties', { ...newRecord(c.ids, c.d.office_id, c.at), dispute_id: c.d.id, position, phone: null, id_number: null, ...details, ...cols }), meta);
      changed = true;
      continue;
    }
    const differs = (Object.keys(cols) as (keyof typeof cols)[]).some((k) => (before as Record<string, unknown>)[k] !== cols[k]);
    if (!differs) continue;
    await updateRecord(c.trx, 'dispute_parties', before.id, before.version, await c.fields.seal('dispute_parties', cols), meta);
    changed = true;
  }
  return changed;
}

/**
 * The case's patch for a correction, after the parties are corrected and the
 * reason is logged (entity `dispute-correction`: the reason and which fields, never
 * their values). The deadline clock follows a corrected receipt time unless the
 * case was escalated since (then it runs from the escalation). The case number
 * stays: it is printed on papers already handed out.
 */
export async function applyCorrection(c: Ctx, i: Input): Promise<DisputePatch> {
  // Opened: the correction compares and checks plain values (stored sealed, fieldcrypt/).
  const stored = await c.fields.openAll('dispute_parties', await repo.listParties(c.trx, c.d.id));
  await check(c, i, stored);
  const tier = chooseTier(c.d.category, i.tier, i.tierReason, c.tiers, c.labels);
  if (!tier.ok) throw fieldError(['tierReason'], tier.message);
  const patch: DisputePatch = {
    source: i.source,
    hotline_order_no: i.hotlineOrderNo,
    hotline_received_at: i.hotlineReceivedAt,
    received_at: i.receivedAt,
    tier: tier.tier,
    suggested_tier: tier.suggested,
    tier_reason: tier.overridden ? i.tierReason : null,
  };
  if (c.d.tier_started_at === c.d.received_at) patch.tier_started_at = i.receivedAt;
  const fields: CorrectedField[] = [];
  if (i.source !== c.d.source) fields.push('source');
  if (i.receivedAt !== c.d.received_at) fields.push('receivedAt');
  if (i.hotlineOrderNo !== c.d.hotline_order_no) fields.push('hotlineOrderNo');
  if (i.hotlineReceivedAt !== c.d.hotline_received_at) fields.push('hotlineReceivedAt');
  if (tier.tier !== c.d.tier) fields.push('tier');
  if (await correctParties(c, i, stored)) fields.push('parties');
  if (fields.length === 0) throw new AppError('invalid-input', '没有需要更正的内容：登记信息与现有记录相同。');
  await appendChange(c.trx, {
    at: c.at,
    actor: c.actor,
    entity: CORRECTION_ENTITY,
    entityId: c.d.id,
    action: 'update',
    record: { reason: i.reason, fields, labels: fields.map((f) => CORRECTED_FIELD_LABELS[f]) },
  });
  return patch;
}

import type { Channel, InputOf } from '#shared/ipc/contract';
import type { CityService } from '#core/city/city.service';
import { EXPORTABLES } from '#core/sync/exportable-tables';
import Sqlite from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electedCommittee, scoresFor } from './helpers/committee-fixtures';
import { inspectionItem, resolvedTopic } from './helpers/action-fixtures';
import { intake, seedRegistry, type Detail, type Registry } from './helpers/dispute-fixtures';
import { cityState, exportBundle, openBundle, syncWorld, type Exported, type SyncWorld } from './helpers/sync-fixtures';
import { changeCount, ok } from './helpers/temp-ledger';
// --- policy (政策包) ---
import { cityPack, DIRECTOR } from './helpers/policy-fixtures';

let w: SyncWorld;
let reg: Registry;
let city: CityService;
let dispute: Detail;
const bundles: Exported[] = [];

const call = <C extends Channel>(channel: C, input: InputOf<C>) => ok(w.office.app, w.office.admin, channel, input);
const officeRows = (table: string) => w.office.app.ledger.raw.prepare(`SELECT id, version, deleted_at FROM ${table} ORDER BY id`).all();
const cityRows = (entity: string) => city.repo.records('421202001').filter((r) => r.entity === entity).map((r) => ({ id: r.id, version: r.version, deleted_at: r.deleted_at }));

beforeAll(async () => {
  w = await syncWorld();
  reg = await seedRegistry(w.office.app, w.office.admin);
  dispute = await call('disputes:create', intake(reg.estateId));
  dispute = await call('disputes:add-evidence', { id: dispute.id, version: dispute.version, name: '缴费收据', providedBy: '张伟', receivedAt: '2026-11-20T10:00:00+08:00', notes: '张伟提供，电话13871234567' });
  dispute = await call('disputes:assign', { id: dispute.id, version: dispute.version, mediatorId: reg.mediatorId });
  dispute = await call('disputes:record-session', { id: dispute.id, version: dispute.version, heldAt: '2026-11-20T15:00:00+08:00', place: '社区调解室', attendees: '张伟、李强、陈秀英', notes: '李强同意晚十点后停止施工' });
  dispute = await call('disputes:escalate', { id: dispute.id, version: dispute.version, to: 'medium', reason: '涉及多户业主' });
  const rules = await call('disputes:get-rules', {});
  await call('disputes:update-rules', { rules: rules.rules });
  // Every committee table: rules, an election run to its result, and a correction of the new term.
  const { election } = await electedCommittee(w.office.app, w.office.admin, reg.otherEstateId);
  const committee = await call('committees:get', { id: election.newCommitteeId! });
  const seated = await call('committees:seat', { id: committee.id, version: committee.version, filedOn: '2026-11-22' });
  await call('committees:record-correction', { id: seated.id, version: seated.version, decision: '未经业主大会决定更换物业', decidedOn: '2026-11-22', correction: '撤销该决定', correctedOn: '2026-11-23' });
  await call('committees:record-evaluation', { committeeId: seated.id, half: '2026-H2', evaluatedOn: '2026-11-24', evaluators: ['街道 周主任', '社区党委 李书记'], scores: scoresFor(82) });
  await call('committees:record-training', { heldOn: '2026-11-24', topic: '《民法典》物业服务合同', kind: 'law-lecture', trainer: '市司法局 刘律师', place: '街道会议室', memberIds: [seated.members[0]!.id] });
  await call('committees:propose-withdrawal', { memberId: seated.members[1]!.id, proposedOn: '2026-11-24', grounds: '不履行职责' });
  // actions (整改清单)
  await call('actions:create', inspectionItem(reg.estateId));
  // consult (结果公示): a resolved topic of a held meeting, published
  const { topicId, meeting } = await resolvedTopic(w.office.app, w.office.admin, { estateId: reg.estateId, otherEstateId: reg.otherEstateId, communityId: '', hostStaffId: reg.mediatorId });
  await call('consult:publish', { topicId, place: '小区东门公示栏', publishedFrom: '2026-11-21' });
  // meetings (issue 11): the kinds saved over the defaults, and the meeting's minutes locked with an addendum
  await call('meetings:update-kinds', { version: null, kinds: (await call('meetings:get-kinds', {})).kinds });
  let minutes = await call('meetings:get', { id: meeting.id });
  for (const action of ['submit', 'approve', 'lock'] as const) minutes = await call('meetings:minutes-action', { id: minutes.id, version: minutes.version, action });
  await call('meetings:add-addendum', { id: minutes.id, version: minutes.version, addedOn: '2026-11-24', addendumText: '补充：费用由公共收益列支' });
  // --- policy (政策包): a pack applied, so its receipt travels too.
  const pack = await cityPack(w);
  const preview = await ok(w.office.app, DIRECTOR, 'policy:preview-pack', { file: pack.file });
  await ok(w.office.app, DIRECTOR, 'policy:apply-pack', { file: pack.file, sha256: preview.pack.sha256 });
  city = await w.city();
});
afterAll(() => w.close());

describe('office → city round trip', () => {
  it('the first bundle is a snapshot of every exportable table, and the city holds every record', async () => {
    const b1 = await exportBundle(w);
    bundles.push(b1);
    expect(b1.file).toBe(join(w.usb, `421202001-${b1.file.match(/-(\d{4}Q\d)-/)![1]}-1.ledger.age`));
    for (const t of EXPORTABLES) {
      expect(b1.counts[t.entity], t.entity).toBe(officeRows(t.entity).length);
      expect(b1.counts[t.entity], `${t.entity} has demo data`).toBeGreaterThan(0);
    }
    const entries = await openBundle(w, b1.file);
    expect([...entries.keys()].filter((p) => !p.startsWith('data/'))).toEqual(['manifest.json', 'manifest.sig', 'office.pub.pem', 'SHA256SUMS']);
    expect(entries.has('data/operators.ndjson')).toBe(false);
    expect(entries.get('data/disputes.ndjson')!.toString()).not.toMatch(/search_key|next_due_at/);
    expect([...entries.values()].some((b) => b.toString().includes('scrypt$'))).toBe(false);

    expect(await city.importFiles([b1.file])).toEqual([expect.objectContaining({ status: 'imported', seq: 1, records: b1.records })]);
    for (const t of EXPORTABLES) expect(cityRows(t.entity), t.entity).toEqual(officeRows(t.entity));
  });

  it('re-importing is a no-op (already-imported)', async () => {
    const before = cityState(city);
    expect(await city.importFiles([bundles[0]!.file])).toEqual([expect.objectContaining({ status: 'already-imported', seq: 1 })]);
    expect(cityState(city)).toBe(before);
  });

  it('a later bundle carries every change since the last, tombstones included, and newer versions win', async () => {
    await call('registry:update-community', { id: (await call('registry:list-communities', {}))[0]!.id, version: 1, name: '温泉东社区' });
    const other = await call('registry:get-estate', { id: reg.otherEstateId });
    await call('registry:delete-estate', { id: other.id, version: other.version });
    const b2 = await exportBundle(w);
    bundles.push(b2);
    expect(b2.seq).toBe(2);
    expect(b2.records).toBe(2);
    expect(b2.counts).toMatchObject({ communities: 1, estates: 1, disputes: 0 });
    const manifest = JSON.parse((await openBundle(w, b2.file)).get('manifest.json')!.toString()) as { kind: string; prevManifestSha256: string };
    expect(manifest).toMatchObject({ kind: 'changes', prevManifestSha256: bundles[0]!.manifestSha256 });
    await city.importFiles([b2.file]);
    expect(cityRows('estates').find((r) => r.id === reg.otherEstateId)).toMatchObject({ version: 2, deleted_at: expect.any(String) });
    expect(cityRows('communities')[0]!.version).toBe(2);
  });

  it('holds a bundle that arrives before its predecessor, then applies both once the gap is filled', async () => {
    await call('registry:create-community', { name: '金桂社区' });
    const b3 = await exportBundle(w);
    await call('registry:create-community', { name: '双鹤社区' });
    const b4 = await exportBundle(w);
    bundles.push(b3, b4);
    const before = cityState(city);
    expect(await city.importFiles([b4.file])).toEqual([expect.objectContaining({ status: 'held', seq: 4, missing: [3] })]);
    expect(city.status().offices[0]).toMatchObject({ lastSeq: 2, missing: [3], held: [{ seq: 4, file: `${b4.file.split('/').pop()}` }] });
    expect(JSON.parse(cityState(city)).records).toEqual(JSON.parse(before).records);
    expect(await city.importFiles([b3.file])).toEqual([
      expect.objectContaining({ status: 'imported', seq: 3, wasHeld: false }),
      expect.objectContaining({ status: 'imported', seq: 4, wasHeld: true }),
    ]);
    expect(city.status().offices[0]).toMatchObject({ lastSeq: 4, missing: [], held: [] });
    for (const t of EXPORTABLES) expect(cityRows(t.entity), t.entity).toEqual(officeRows(t.entity));
  });

  it('a city receipt marks the bundles 已确认 at the office', async () => {
    const listed = await call('sync:list-bundles', {});
    expect(listed.map((b) => [b.seq, b.confirmed])).toEqual([[4, false], [3, false], [2, false], [1, false]]);
    const receipt = join(w.usb, 'receipt.json');
    city.receipt('421202001', receipt);
    expect(await call('sync:import-receipt', { file: receipt })).toEqual({ confirmed: [1, 2, 3, 4], alreadyConfirmed: [], unknown: [], mismatched: [] });
    expect((await call('sync:list-bundles', {})).every((b) => b.confirmed)).toBe(true);
    // A receipt whose body was altered does not verify.
    const text = JSON.parse(readFileSync(receipt, 'utf8')) as { body: string; signature: string };
    const tampered = join(w.usb, 'receipt-tampered.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(tampered, JSON.stringify({ ...text, body: text.body.replace('"seq": 1', '"seq": 9') }));
    const result = await w.office.app.dispatch('sync:import-receipt', { file: tampered }, w.office.admin);
    expect(result).toMatchObject({ ok: false, error: { code: 'crypto' } });
  });

  it('rewrites a bundle byte for byte from the copy kept in the data dir, and logs it', async () => {
    const out = join(w.usb, 'again');
    (await import('node:fs')).mkdirSync(out);
    const before = changeCount(w.office.app);
    const again = await call('sync:rewrite-bundle', { seq: 2, directory: out });
    expect(readFileSync(again.file).equals(readFileSync(bundles[1]!.file))).toBe(true);
    expect(changeCount(w.office.app)).toBe(before + 1);
  });

  it('raises the privacy level for one bundle only with a written reason, in the manifest and the change log', async () => {
    const refused = await w.office.app.dispatch('sync:export-bundle', { directory: w.usb, privacy: 'full' }, w.office.admin);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: ['reason'] }] } });
    await call('registry:create-community', { name: '青龙社区' });
    const full = await exportBundle(w, { privacy: 'named', reason: '市里核查重复调解，需要当事人姓名' });
    const manifest = JSON.parse((await openBundle(w, full.file)).get('manifest.json')!.toString()) as { privacy: unknown };
    expect(manifest.privacy).toEqual({ level: 'named', reason: '市里核查重复调解，需要当事人姓名' });
    const db = new Sqlite(w.office.app.ledger.file, { readonly: true });
    const logged = db.prepare("SELECT payload FROM changes WHERE entity = 'bundles' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    db.close();
    expect(JSON.parse(logged)).toMatchObject({ seq: full.seq, privacy: 'named', privacy_reason: '市里核查重复调解，需要当事人姓名' });
    await call('registry:create-community', { name: '淦河社区' });
    const next = await exportBundle(w);
    expect(JSON.parse((await openBundle(w, next.file)).get('manifest.json')!.toString()).privacy.level).toBe('pseudonymous');
  });

  it('office identity: code, public key and fingerprint, and the city keys in use', async () => {
    const id = await call('sync:office-identity', {});
    expect(id.officeCode).toBe('421202001');
    expect(id.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(id.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(id.cityKeys?.recipients).toHaveLength(2);
  });
});

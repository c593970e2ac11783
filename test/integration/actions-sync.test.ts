import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityService } from '#core/city/city.service';
import { inspectionItem, resolvedTopic } from './helpers/action-fixtures';
import { intake, seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { exportBundle, openBundle, syncWorld, type SyncWorld } from './helpers/sync-fixtures';
import { ok } from './helpers/temp-ledger';

let w: SyncWorld;
let reg: Registry;
let city: CityService;
let first: { file: string; counts: Record<string, number> };

beforeAll(async () => {
  w = await syncWorld();
  reg = await seedRegistry(w.office.app, w.office.admin);
  const dispute = await ok(w.office.app, w.office.admin, 'disputes:create', intake(reg.estateId));
  const person = await ok(w.office.app, w.office.admin, 'actions:create', inspectionItem(reg.estateId, { responsibleKind: 'person', responsibleName: '王建国', problem: '王建国在楼道私拉电线充电', rectification: '拆除私拉电线，电话13871234567告知整改' }));
  await ok(w.office.app, w.office.admin, 'actions:create', { ...inspectionItem(reg.estateId), sourceKind: 'dispute', sourceDisputeId: dispute.id, sourceNote: null });
  await ok(w.office.app, w.office.admin, 'actions:complete', { id: person.id, version: person.version, rectifiedOn: '2026-11-25', completionEvidence: '已拆除，照片存档' });
  const { topicId } = await resolvedTopic(w.office.app, w.office.admin, { estateId: reg.estateId, otherEstateId: reg.otherEstateId, communityId: '', hostStaffId: reg.mediatorId });
  await ok(w.office.app, w.office.admin, 'consult:publish', { topicId, place: '小区东门公示栏', publishedFrom: '2026-11-21', notice: '张伟反映的车库照明问题，电话13871234567，经协商同意改造' });
  city = await w.city();
});
afterAll(() => w.close());

describe('action items in a bundle', () => {
  it('travel with a person responsible pseudonymised and typed text scrubbed, and the city accepts them', async () => {
    const b = await exportBundle(w);
    first = b;
    expect(b.counts.action_items).toBe(2);
    const lines = (await openBundle(w, b.file)).get('data/action_items.ndjson')!.toString().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const person = lines.find((r) => r.responsible_kind === 'person')!;
    expect(person.responsible_name).toMatch(/^化名[A-Z2-9]{10}$/);
    expect(JSON.stringify(person)).not.toContain('王建国');
    expect(JSON.stringify(person)).not.toContain('13871234567');
    expect(person).toMatchObject({ status: 'done', completed_by: 'admin', due_on: '2026-12-05' });
    // A company is not a natural person: its name travels as stored.
    expect(lines.find((r) => r.source === 'dispute')).toMatchObject({ responsible_kind: 'company', responsible_name: '咸宁荣基物业' });

    expect(await city.importFiles([b.file])).toEqual([expect.objectContaining({ status: 'imported', seq: 1 })]);
    const held = city.repo.records('421202001').filter((r) => r.entity === 'action_items');
    expect(held.map((r) => r.id).sort()).toEqual(lines.map((r) => r.id).sort());
  });

  it('结果公示 travel with their notice scrubbed, and the city accepts them', async () => {
    // The first bundle (every record) carried it; the city imported that bundle above.
    const b = first;
    expect(b.counts.topic_publications).toBe(1);
    const [p] = (await openBundle(w, b.file)).get('data/topic_publications.ndjson')!.toString().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(p).toMatchObject({ place: '小区东门公示栏', published_from: '2026-11-21', published_until: '2026-11-27' });
    expect(String(p!.notice)).not.toContain('13871234567');
    expect(city.repo.records('421202001').filter((r) => r.entity === 'topic_publications').map((r) => r.id)).toEqual([p!.id]);
  });
});

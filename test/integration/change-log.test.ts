import { verifyChain } from '#core/changes/change-log.repository';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootstrappedLedger, ok, VALID_CREDIT_CODES, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
beforeEach(async () => {
  t = await bootstrappedLedger();
});
afterEach(() => t.close());

type ChangeRow = { seq: number; actor: string; entity: string; entity_id: string; action: string; payload: string; prev_hash: string; hash: string };
const changes = () => t.app.ledger.raw.prepare('SELECT * FROM changes ORDER BY seq').all() as ChangeRow[];

describe('the change log', () => {
  it('records every mutation in the same transaction, chained, naming the signed-in operator', async () => {
    const before = changes().length;
    const company = await ok(t.app, t.admin, 'registry:create-company', { name: '咸宁荣基物业', creditCode: VALID_CREDIT_CODES[0] });
    await ok(t.app, t.admin, 'registry:update-company', { id: company.id, version: company.version, name: '咸宁荣基物业有限公司', creditCode: VALID_CREDIT_CODES[0] });
    await ok(t.app, t.admin, 'registry:delete-company', { id: company.id, version: company.version + 1 });
    const rows = changes();
    expect(rows.length).toBe(before + 3);
    const mine = rows.slice(before);
    expect(mine.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
    expect(mine.every((r) => r.actor === 'admin' && r.entity === 'companies' && r.entity_id === company.id)).toBe(true);
    expect(JSON.parse(mine[2]!.payload).deleted_at).not.toBeNull();
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(verifyChain(t.app.ledger.raw)).toMatchObject({ chainOk: true, firstBrokenSeq: null, changes: rows.length });
  });

  it('never writes a password hash into the log', () => {
    for (const row of changes()) expect(row.payload).not.toMatch(/password_hash|scrypt\$/);
  });

  it('writes nothing when the mutation fails', async () => {
    const before = changes().length;
    const result = await t.app.dispatch('registry:create-estate', { name: '锦湖紫竹苑', address: '温泉路 1 号', communityId: '019b8b9b-9d30-736b-9732-1c69904a86c6', households: 10 }, t.admin);
    expect(result.ok).toBe(false);
    expect(changes().length).toBe(before);
  });

  describe('check names the first broken entry', () => {
    beforeEach(async () => {
      for (const name of ['温泉社区', '金桂社区', '双鹤社区']) await ok(t.app, t.admin, 'registry:create-community', { name });
    });

    it('when a payload was edited', () => {
      t.app.ledger.raw.prepare(`UPDATE changes SET payload = replace(payload, '金桂', '银桂') WHERE seq = 4`).run();
      expect(verifyChain(t.app.ledger.raw)).toMatchObject({ chainOk: false, firstBrokenSeq: 4 });
    });

    it('when an entry was removed', () => {
      t.app.ledger.raw.prepare('DELETE FROM changes WHERE seq = 3').run();
      expect(verifyChain(t.app.ledger.raw)).toMatchObject({ chainOk: false, firstBrokenSeq: 4 });
    });

    it('when the actor was rewritten', () => {
      t.app.ledger.raw.prepare(`UPDATE changes SET actor = 'someone-else' WHERE seq = 5`).run();
      expect(verifyChain(t.app.ledger.raw)).toMatchObject({ chainOk: false, firstBrokenSeq: 5 });
    });

    it('when an entry was re-hashed after editing (the next link breaks)', async () => {
      const { entryHash, sha256Hex } = await import('#core/changes/change-hash');
      const row = changes().find((r) => r.seq === 3)!;
      const payload = row.payload.replace('温泉', '冷泉');
      const fields = { ...row, at: (t.app.ledger.raw.prepare('SELECT at FROM changes WHERE seq = 3').get() as { at: string }).at, payload_hash: sha256Hex(payload) };
      t.app.ledger.raw.prepare('UPDATE changes SET payload = ?, payload_hash = ?, hash = ? WHERE seq = 3').run(payload, fields.payload_hash, entryHash(fields));
      expect(verifyChain(t.app.ledger.raw)).toMatchObject({ chainOk: false, firstBrokenSeq: 4 });
    });
  });
});

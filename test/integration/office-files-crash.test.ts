// A generated document or an Excel export carries personal data, so the change
// log must show every one that exists: each is written to a `.partial` file,
// logged, and only then renamed. Here the CLI is killed just after the rename
// (the old order renamed inside the transaction, so this left an unlogged file)
// and just before it (a `.partial` the next start removes).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import { tempDirs } from './helpers/cli-runner';
import { mediatedCase, seedRegistry, validIdNumber } from './helpers/dispute-fixtures';
import { KILL_AT_RENAME, ledgerChild } from './helpers/killable-cli';
import { ADMIN_PASSWORD, ok } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

const dir = tempDirs();

/** A ledger with one settled case whose agreement can be printed; closed again. */
async function ledgerWithSettledCase(): Promise<{ data: string; caseId: string }> {
  const data = dir('ledger-files-');
  const app = await openLedgerApp(data, testPorts(), () => {});
  const admin = { principal: null };
  await ok(app, admin, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  const reg = await seedRegistry(app, admin);
  const parties = [
    { role: 'applicant', kind: 'person', name: '张伟', phone: '13871234567', idNumber: validIdNumber('42120219800101001'), ethnicity: '汉族', occupation: '教师', residence: '温泉路1号' },
    { role: 'respondent', kind: 'company', name: '咸宁荣基物业', companyId: reg.companyId, residence: '温泉路2号', representative: '王强' },
  ] as const;
  const d = await mediatedCase(app, admin, reg, { settled: '一、物业公司于11月30日前修复漏水' }, { parties: [...parties] });
  await app.close();
  return { data, caseId: d.id };
}

const logged = (app: LedgerApp, entity: string) =>
  (app.ledger.raw.prepare('SELECT payload FROM changes WHERE entity = ?').all(entity) as { payload: string }[]).map((r) => (JSON.parse(r.payload) as { file_name: string }).file_name);

async function killedCall(data: string, folder: string, when: 'before' | 'after', channel: string, input: unknown) {
  const run = ledgerChild(['--data-dir', data, 'call', channel, JSON.stringify(input)], { preload: KILL_AT_RENAME, env: { LEDGER_TEST_KILL_AT_RENAME: join(data, folder), LEDGER_TEST_KILL_WHEN: when } });
  const exit = await run.exited;
  expect(exit.signal, exit.stdout + exit.stderr).toBe('SIGKILL');
}

describe('documents and exports killed at their last step', () => {
  it('every finished 协议书 and 台账 workbook in the data dir is in the change log; a leftover .partial is gone after the next start', async () => {
    const { data, caseId } = await ledgerWithSettledCase();
    await killedCall(data, 'documents', 'after', 'disputes:export-document', { id: caseId, kind: 'agreement' });
    await killedCall(data, 'exports', 'after', 'disputes:export-ledger', {});
    const app = await openLedgerApp(data, testPorts(), () => {});
    try {
      expect(readdirSync(join(data, 'documents'))).toHaveLength(1);
      for (const name of readdirSync(join(data, 'documents'))) expect(logged(app, 'generated-document')).toContain(name);
      expect(readdirSync(join(data, 'exports'))).toHaveLength(1);
      for (const name of readdirSync(join(data, 'exports'))) expect(logged(app, 'dispute_exports')).toContain(name);
    } finally {
      await app.close();
    }
  });

  it('killed before the rename: the next start removes the .partial files', async () => {
    const { data, caseId } = await ledgerWithSettledCase();
    await killedCall(data, 'documents', 'before', 'disputes:export-document', { id: caseId, kind: 'agreement' });
    expect(readdirSync(join(data, 'documents'))).toEqual([expect.stringMatching(/\.docx\.partial$/)]);
    const app = await openLedgerApp(data, testPorts(), () => {});
    await app.close();
    expect(readdirSync(join(data, 'documents'))).toEqual([]);
    expect(existsSync(join(data, 'exports'))).toBe(false);
  });
});

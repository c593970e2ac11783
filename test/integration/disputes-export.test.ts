// The ledger and 每月研判 as .xlsx: written by the real services into a temp ledger,
// read back with exceljs, and opened by LibreOffice Calc (converted to CSV and PDF).
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS } from '#core/disputes/documents/ledger-xlsx';
import { CATEGORY_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { InputOf } from '#shared/ipc/contract';
import { disputesZhCN } from '../../renderer/src/i18n/zh-CN.disputes';
import { intake, seedRegistry, validIdNumber, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0);
if (!soffice) console.warn('[disputes-export] LibreOffice (soffice) is not installed: the "Calc opens it" checks are skipped. Install libreoffice-calc-nogui to run them.');

const out = mkdtempSync(join(tmpdir(), 'disputes-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Converts with a private profile so parallel runs never fight over ~/.config/libreoffice. */
function convert(file: string, to: string): string {
  const profile = pathToFileURL(join(out, 'lo-profile')).href;
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', out, file], { stdio: 'pipe', timeout: 120_000 });
  return join(out, basename(file).replace(/\.xlsx$/, `.${to.split(':')[0]}`));
}

async function readBook(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const cellTexts = (wb: ExcelJS.Workbook) => {
  const texts: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text)))));
  return texts.join('\n');
};

let t: TestLedger;
let reg: Registry;
const PHONE = '13871234567';
const NOISE = CATEGORY_LABELS['noise-neighbours'];
const ID = validIdNumber('42120219800101001');
const filter: InputOf<'disputes:export-ledger'> = { category: ['noise-neighbours'], sort: 'received-asc' };

beforeAll(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
  // Five noise cases at the first estate (one with a phone number typed into the description), two of other kinds.
  for (let day = 10; day < 15; day++) {
    const description = day === 12 ? `楼上住户夜间装修噪音扰民，申请人电话${PHONE}，多次协商未果` : '楼上住户夜间装修噪音扰民，多次协商未果';
    await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, { receivedAt: `2026-11-${day}T09:30:00+08:00`, description }));
  }
  await ok(t.app, t.admin, 'disputes:create', intake(reg.otherEstateId, { category: 'parking', receivedAt: '2026-11-18T10:00:00+08:00' }));
  await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, { category: 'property-fee', receivedAt: '2026-10-28T23:30:00+08:00' }));
});
afterAll(() => t.close());

describe('disputes:export-ledger', () => {
  let saved: { file: string; fileName: string; rows: number };
  let wb: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    saved = await ok(t.app, t.admin, 'disputes:export-ledger', filter);
    wb = await readBook(saved.file);
    sheet = wb.getWorksheet('纠纷台账')!;
  });

  it('writes an owner-only file in <data dir>/exports, named by the time in China', () => {
    expect(saved.file).toBe(join(t.dir, 'exports', saved.fileName));
    expect(saved.fileName).toMatch(/^纠纷台账-20261125-1400\d\d\.xlsx$/);
    if (process.platform !== 'win32') expect(statSync(saved.file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(t.dir, 'exports')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('has the grid’s column headers, in the grid’s order, frozen with the case number', () => {
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(LEDGER_COLUMNS.map((c) => c.header));
    const grid = Object.values(disputesZhCN.columns);
    expect(headers.filter((h) => grid.includes(h as string))).toEqual(grid);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(sheet.getColumn(1).width).toBe(11);
    expect(sheet.getColumn(headers.indexOf('摘要') + 1).width).toBe(60);
  });

  it('holds exactly the cases the grid lists for the filter, in its order', async () => {
    const { sort, ...rest } = filter;
    const list = await ok(t.app, t.admin, 'disputes:list', { ...rest, sort: sort!, offset: 0, limit: 500 });
    expect(list.total).toBe(5);
    expect(saved.rows).toBe(list.total);
    expect(sheet.actualRowCount - 1).toBe(list.total);
    const caseNos = Array.from({ length: list.total }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(caseNos).toEqual(list.rows.map((r) => r.caseNo));
  });

  it('writes times as real Excel dates showing Beijing time, and enums as Chinese labels', () => {
    const first = sheet.getRow(2);
    const col = (header: string) => first.getCell(LEDGER_COLUMNS.findIndex((c) => c.header === header) + 1);
    const received = col('受理时间');
    expect(received.value).toBeInstanceOf(Date);
    // 2026-11-10 09:30 in Shanghai reads 09:30 in the cell (Excel times carry no zone).
    expect((received.value as Date).toISOString()).toBe('2026-11-10T09:30:00.000Z');
    expect(received.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(col('最近时限').value).toBeInstanceOf(Date);
    expect(col('类别').value).toBe(NOISE);
    expect(col('状态').value).toBe('已登记');
    expect(col('等级').value).toBe('小事');
    expect(col('来源').value).toBe('来访');
    expect(col('小区').value).toBe('锦湖紫竹苑');
  });

  it('masks phone numbers as the screen does and leaves ID numbers out, in every cell', () => {
    const phoneColumn = LEDGER_COLUMNS.findIndex((c) => c.header === '申请人电话') + 1;
    expect(sheet.getRow(2).getCell(phoneColumn).value).toBe('138****4567');
    const text = cellTexts(wb);
    expect(text).toContain('申请人电话138****4567'); // the number typed into the description
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(ID);
    expect(text).not.toContain(ID.slice(6, 14)); // the birth date inside the ID number
  });

  it('describes the export on a 说明 sheet', () => {
    const about = cellTexts({ eachSheet: (fn: (s: ExcelJS.Worksheet) => void) => fn(wb.getWorksheet('说明')!) } as ExcelJS.Workbook);
    expect(about).toContain('筛选：类别');
    expect(about).toContain(NOISE);
    expect(about).toContain('admin');
  });

  it('records who exported what in the change log, as an audit note (no record changes version)', () => {
    const last = t.app.ledger.raw.prepare('SELECT entity, action, actor, payload FROM changes ORDER BY seq DESC LIMIT 1').get() as Record<string, string>;
    expect(last).toMatchObject({ entity: 'dispute_exports', action: 'reveal', actor: 'admin' });
    expect(JSON.parse(last.payload!)).toEqual({ kind: 'ledger', file_name: saved.fileName, rows: 5, filter });
  });

  it.skipIf(!soffice)('opens in LibreOffice Calc (converted to CSV, holding the case numbers)', () => {
    const csv = readFileSync(convert(saved.file, 'csv:Text - txt - csv (StarCalc):44,34,76'), 'utf8');
    expect(csv.split('\n')[0]).toContain('案件编号');
    expect(csv).toContain('2026-0001');
    expect(csv).toContain('138****4567');
    expect(csv).toMatch(/2026-11-10 09:30/);
  });

  it('exports an empty filter result as a header-only sheet', async () => {
    const empty = await ok(t.app, t.admin, 'disputes:export-ledger', { search: '不存在的词语' });
    expect(empty.rows).toBe(0);
    const book = await readBook(empty.file);
    expect(book.getWorksheet('纠纷台账')!.actualRowCount).toBe(1);
  });

  it('refuses a caller who is not signed in, and paging or path fields, writing nothing', async () => {
    const before = changeCount(t.app);
    const anonymous = await t.app.dispatch('disputes:export-ledger', {}, { principal: null });
    expect(anonymous.ok || anonymous.error.code).toBe('unauthenticated');
    for (const extra of [{ offset: 0 }, { limit: 10 }, { file: '/tmp/x.xlsx' }]) {
      const result = await t.app.dispatch('disputes:export-ledger', extra, t.admin);
      expect(result.ok || result.error.code).toBe('invalid-input');
    }
    expect(changeCount(t.app)).toBe(before);
  });
});

describe('disputes:export-monthly', () => {
  let saved: { file: string; fileName: string };
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    saved = await ok(t.app, t.admin, 'disputes:export-monthly', { month: '2026-11' });
    wb = await readBook(saved.file);
  });

  it('writes 每月研判-YYYY-MM.xlsx, owner-only, with a sheet per breakdown', () => {
    expect(saved.file).toBe(join(t.dir, 'exports', '每月研判-2026-11.xlsx'));
    if (process.platform !== 'win32') expect(statSync(saved.file).mode & 0o777).toBe(0o600);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['概况', '按类别', '按等级', '按社区', '按小区', '按物业服务企业', '说明']);
  });

  it('holds the same figures as disputes:monthly-analysis', async () => {
    const a = await ok(t.app, t.admin, 'disputes:monthly-analysis', { month: '2026-11' });
    const summary = wb.getWorksheet('概况')!;
    expect(summary.getRow(2).values).toEqual([undefined, '登记案件（件）', a.received.count, a.received.previous, a.received.count - a.received.previous]);
    expect(summary.getRow(3).values).toEqual([undefined, '受理案件（件）', a.accepted.count, a.accepted.previous, a.accepted.count - a.accepted.previous]);
    expect((summary.getRow(4).values as unknown[])[1]).toBe('不予受理（件）');
    expect((summary.getRow(7).values as unknown[])[1]).toBe('满意率');
    expect(wb.getWorksheet('按社区')!.getRow(2).getCell(1).value).toBe(a.byCommunity[0]?.label);
    const byCategory = wb.getWorksheet('按类别')!;
    expect((byCategory.getRow(1).values as unknown[]).slice(1)).toEqual(['纠纷类别', '本月（件）', '上月（件）', '变化']);
    const rows = Array.from({ length: byCategory.actualRowCount - 1 }, (_, i) => (byCategory.getRow(i + 2).values as unknown[]).slice(1));
    expect(rows).toEqual(a.byCategory.map((r) => [r.label, r.count, r.previous, r.count - r.previous]));
    expect(rows[0]).toEqual([NOISE, 5, 0, 5]);
    const byEstate = wb.getWorksheet('按小区')!;
    expect(byEstate.getRow(2).getCell(1).value).toBe('锦湖紫竹苑');
    expect(byEstate.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes nothing to the change log (counts only, no personal data)', async () => {
    const before = changeCount(t.app);
    await ok(t.app, t.admin, 'disputes:export-monthly', { month: '2026-10' });
    expect(changeCount(t.app)).toBe(before);
  });

  it.skipIf(!soffice)('opens in LibreOffice Calc (converted to PDF, every sheet)', () => {
    const pdf = convert(saved.file, 'pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(pdf).size).toBeGreaterThan(5000);
  });
});

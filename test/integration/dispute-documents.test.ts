// The 人民调解协议书 and the court-referral sheet: real .docx files that LibreOffice
// must open (converted to PDF) and whose XML holds what the clerk entered.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { formatChineseDate } from '#core/disputes/documents/chinese-date';
import { buildCourtReferralSheet, type CourtReferralInput } from '#core/disputes/documents/court-referral';
import type { DocumentParty } from '#core/disputes/documents/docx-parts';
import { buildMediationAgreement, type MediationAgreementInput } from '#core/disputes/documents/mediation-agreement';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Reads one entry of a zip archive (stored or deflated) through its central directory. */
function unzipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive');
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const [method, size, nameLen, extraLen, commentLen, local] = [
      zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32), zip.readUInt32LE(at + 42),
    ];
    if (zip.toString('utf8', at + 46, at + 46 + nameLen) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} is not in the archive`);
}

const parties: DocumentParty[] = [
  { role: 'applicant', kind: 'person', name: '张晓燕', phone: '13812345678', idNumber: '11010519491231002X', address: '锦湖紫竹苑3栋2单元501' },
  { role: 'applicant', kind: 'person', name: '李&<明>', phone: null },
  { role: 'respondent', kind: 'company', name: '咸宁荣基物业有限公司', phone: '0715-8123456', representative: '王国强' },
];

const agreement: MediationAgreementInput = {
  caseNo: '2026-0153',
  committeeName: '温泉街道人民调解委员会',
  parties,
  facts: '申请人反映所住楼栋地下室自2026年9月起持续漏水，多次报修未果。\n被申请人称维修需使用专项维修资金。',
  terms: ['被申请人于2026年11月30日前完成地下室防水维修。', '申请人于维修验收合格后七日内补缴物业费1,200元。'],
  performance: { method: '被申请人组织施工，社区居委会监督验收', place: '锦湖紫竹苑3栋', dueBy: '2026-11-30' },
  mediators: ['陈志刚'],
  recorder: '刘芳',
  signedAt: '2026-11-21T02:00:00.000Z',
  dateStyle: 'hanzi',
};

const referral: CourtReferralInput = {
  caseNo: '2026-0154',
  committeeName: '温泉街道人民调解委员会',
  court: '咸宁市咸安区人民法院',
  referralRef: '咸安诉调字〔2026〕31号',
  category: 'property-fee',
  receivedAt: '2026-10-08T01:00:00.000Z',
  referredAt: '2026-11-21',
  parties,
  facts: '申请人以服务质量差为由拒缴物业费两年。',
  sessions: [
    { heldAt: '2026-10-09T02:00:00.000Z', place: '社区调解室', summary: '双方各执一词，约定补充材料。' },
    { heldAt: '2026-10-20', place: '街道综治中心', summary: '对欠费金额分歧较大。' },
  ],
  failureReason: '双方对欠费金额和服务质量的分歧无法调和。',
  claims: '被申请人请求补缴物业费及滞纳金。',
  evidence: ['物业服务合同复印件', '缴费记录', '调解笔录两份'],
  mediators: ['陈志刚', '周敏'],
  contact: { name: '陈志刚', phone: '0715-8123000' },
};

const dir = mkdtempSync(join(tmpdir(), 'dispute-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0);
if (!soffice) {
  console.warn('[dispute-documents] LibreOffice (soffice) is not installed: the "LibreOffice opens it" checks are skipped. Install libreoffice-writer-nogui to run them.');
}

/** Converts with a private profile so parallel runs never fight over ~/.config/libreoffice. */
function convertToPdf(docx: string): string {
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
  return docx.replace(/\.docx$/, '.pdf');
}

describe.each([
  ['mediation-agreement.docx', () => buildMediationAgreement(agreement), ['人民调解协议书', '纠纷主要事实', '一、被申请人于2026年11月30日前完成地下室防水维修。', '履行期限：二〇二六年十一月三十日前履行完毕。', '当事人（签名盖章或按指印）', '人民调解员（签名）', '人民调解委员会印', '二〇二六年十一月二十一日', '本协议一式四份']],
  ['court-referral.docx', () => buildCourtReferralSheet(referral), ['诉调对接案件移送函', '咸宁市咸安区人民法院', '案件移送单', '物业费', '第2次（2026年10月20日，街道综治中心）', '调解不成原因', '3. 调解笔录两份', '2026年11月21日', '咸安诉调字〔2026〕31号']],
] as const)('%s', (file, build, phrases) => {
  const path = join(dir, file);
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await build();
    writeFileSync(path, bytes);
  });

  it('is a .docx whose text holds the parties and the key passages', () => {
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const xml = unzipEntry(bytes, 'word/document.xml');
    // Runs may split text: join the visible text of every w:t, then undo XML escaping.
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    for (const name of ['张晓燕', '李&<明>', '咸宁荣基物业有限公司']) expect(text).toContain(name);
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it('sets 宋体 as the East Asian font and zh-CN as the language', () => {
    const styles = unzipEntry(bytes, 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it.skipIf(!soffice)('opens in LibreOffice (converts to a non-empty PDF)', () => {
    const pdf = convertToPdf(path);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('dates on documents (China’s calendar day)', () => {
  it.each([
    ['2026-11-21', 'numeric', '2026年11月21日'],
    ['2026-11-21', 'hanzi', '二〇二六年十一月二十一日'],
    ['2026-10-10T16:30:00.000Z', 'hanzi', '二〇二六年十月十一日'], // 00:30 on 11 Oct in China
    ['2020-01-01', 'hanzi', '二〇二〇年一月一日'],
    ['2031-12-30', 'hanzi', '二〇三一年十二月三十日'],
    ['2026-02-09T15:59:59.000Z', 'numeric', '2026年2月9日'],
  ] as const)('%s (%s) → %s', (value, style, expected) => {
    expect(formatChineseDate(value, style)).toBe(expected);
  });

  it('refuses an agreement with no agreed terms', async () => {
    await expect(buildMediationAgreement({ ...agreement, terms: [] })).rejects.toThrow(RangeError);
  });
});

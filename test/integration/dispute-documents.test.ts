// The 人民调解协议书 and the court-referral sheet: real .docx files that LibreOffice
// must open (converted to PDF) and whose XML holds what the clerk entered.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatChineseDate } from '#core/disputes/documents/chinese-date';
import { buildCourtReferralSheet, type CourtReferralInput } from '#core/disputes/documents/court-referral';
import type { DocumentParty } from '#core/disputes/documents/docx-parts';
import { buildMediationAgreement, type MediationAgreementInput } from '#core/disputes/documents/mediation-agreement';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, docxParagraphs, docxText, pdfPages, pdftotext, soffice, unzipEntry } from './helpers/docx-text';

const parties: DocumentParty[] = [
  { role: 'applicant', kind: 'person', name: '张晓燕', phone: '13812345678', idNumber: '11010519491231002X', gender: 'female', birthDate: '1949-12-31', ethnicity: '汉族', occupation: '退休教师', residence: '锦湖紫竹苑3栋2单元501' },
  { role: 'applicant', kind: 'person', name: '李&<明>', phone: null },
  { role: 'respondent', kind: 'company', name: '咸宁荣基物业有限公司', phone: '0715-8123456', residence: '咸宁市咸安区温泉路1号', representative: '王国强' },
  { role: 'respondent', kind: 'committee', name: '锦湖紫竹苑业主委员会', residence: '锦湖紫竹苑物业用房', representative: '刘建华' },
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
  contact: { name: '陈志刚', phone: '0715-8123000', address: '咸宁市咸安区温泉路 86 号' },
};

const dir = mkdtempSync(join(tmpdir(), 'dispute-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

if (!soffice) {
  console.warn('[dispute-documents] LibreOffice (soffice) is not installed: the "LibreOffice opens it" checks are skipped. Install libreoffice-writer-nogui to run them.');
}

describe.each([
  ['mediation-agreement.docx', () => buildMediationAgreement(agreement), [
    '人民调解协议书', '纠纷主要事实',
    '申请人：张晓燕，女，一九四九年十二月三十一日出生，汉族，退休教师，住所：锦湖紫竹苑3栋2单元501，公民身份号码：11010519491231002X，联系电话：13812345678。',
    '被申请人：咸宁荣基物业有限公司，住所：咸宁市咸安区温泉路1号，法定代表人：王国强，联系电话：0715-8123456。',
    '被申请人：锦湖紫竹苑业主委员会，住所：锦湖紫竹苑物业用房，负责人：刘建华。',
    '一、被申请人于2026年11月30日前完成地下室防水维修。', '二、申请人于维修验收合格后七日内补缴物业费1,200元。',
    '履行期限：二〇二六年十一月三十日前履行完毕。', '当事人（签名盖章或按指印）', '人民调解员（签名）', '人民调解委员会印', '二〇二六年十一月二十一日', '本协议一式五份',
  ]],
  ['court-referral.docx', () => buildCourtReferralSheet(referral), [
    '诉调对接案件移送函', '咸宁市咸安区人民法院', '案件移送单', '物业费', '第2次（2026年10月20日，街道综治中心）', '调解不成原因', '3. 调解笔录两份', '2026年11月21日',
    '咸安诉调字〔2026〕31号', '联系人及电话陈志刚 0715-8123000', '联系地址咸宁市咸安区温泉路 86 号', '申请人：张晓燕，女，1949年12月31日出生',
  ]],
] as const)('%s', (file, build, phrases) => {
  const path = join(dir, file);
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await build();
    writeFileSync(path, bytes);
  });

  it('is a .docx whose text holds the parties and the key passages', () => {
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const text = docxText(bytes);
    for (const name of ['张晓燕', '李&<明>', '咸宁荣基物业有限公司']) expect(text).toContain(name);
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it('sets 宋体 as the East Asian font and zh-CN as the language', () => {
    const styles = unzipEntry(bytes, 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it.skipIf(!soffice)('opens in LibreOffice (converts to a non-empty PDF)', () => {
    const pdf = convertToPdf(path, dir);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the agreed terms', () => {
  it('are numbered 一、二、 when the mediator typed plain lines, and printed as typed when already numbered', async () => {
    const typed = docxText(await buildMediationAgreement({ ...agreement, terms: ['一、被申请人负责维修。', '其中防水层保修两年。', '二、申请人补缴物业费。'] }));
    expect(typed).toContain('一、被申请人负责维修。其中防水层保修两年。二、申请人补缴物业费。');
    expect(typed).not.toMatch(/[一二三]、[一二三]、/);
    expect(typed).not.toContain('二、其中');
    const arabic = docxText(await buildMediationAgreement({ ...agreement, terms: ['1. 维修', '2. 补缴'] }));
    expect(arabic).toContain('1. 维修2. 补缴');
    expect(arabic).not.toContain('一、1.');
  });
});

describe('the closing block (last clause, signatures, seal, date)', () => {
  it('keeps every paragraph from the last clause to the seal with the next, and each one’s lines together', async () => {
    const paragraphs = docxParagraphs(await buildMediationAgreement(agreement));
    const from = paragraphs.findIndex((p) => p.text.startsWith('本协议一式'));
    const date = paragraphs.findIndex((p) => p.text === '二〇二六年十一月二十一日');
    expect(from).toBeGreaterThan(0);
    expect(date).toBe(paragraphs.length - 1);
    const block = paragraphs.slice(from, date);
    expect(block.map((p) => p.text)).toEqual(expect.arrayContaining(['当事人（签名盖章或按指印）：', '人民调解员（签名）：', '温泉街道人民调解委员会', '（人民调解委员会印）']));
    for (const p of block) expect(p, p.text).toMatchObject({ keepNext: true, keepLines: true });
    expect(paragraphs[date]!.keepLines).toBe(true);
  });

  it('on the referral, keeps the seal and date with the parties above them (the seal is never alone on a page)', async () => {
    const paragraphs = docxParagraphs(await buildCourtReferralSheet(referral));
    const from = paragraphs.findIndex((p) => p.text === '当事人基本情况：');
    const date = paragraphs.findIndex((p, i) => i > from && p.text === '2026年11月21日');
    expect(paragraphs.slice(from + 1, date).map((p) => p.text)).toEqual([
      expect.stringMatching(/^申请人：张晓燕/), expect.stringMatching(/^申请人：李/), expect.stringMatching(/^被申请人：咸宁荣基/), expect.stringMatching(/^被申请人：锦湖/),
      '温泉街道人民调解委员会', '（盖章）',
    ]);
    for (const p of paragraphs.slice(from, date)) expect(p, p.text).toMatchObject({ keepNext: true, keepLines: true });
  });

  // However long the facts, the page break never falls inside the block: the page
  // with the date also has the signatures and the last clause. One LibreOffice run.
  it.skipIf(!soffice || !pdftotext)('lands on one page with the last clause whatever the length before it (LibreOffice)', async () => {
    const files: string[] = [];
    for (let lines = 0; lines <= 24; lines += 2) {
      const facts = ['申请人反映所住楼栋地下室自2026年9月起持续漏水，多次报修未果，要求物业公司尽快维修。', ...Array.from({ length: lines }, (_, i) => `补充情况${i + 1}：双方对维修责任和费用承担各执一词，经社区多次协调仍未解决。`)].join('\n');
      const file = join(dir, `closing-${String(lines).padStart(2, '0')}.docx`);
      writeFileSync(file, await buildMediationAgreement({ ...agreement, parties: [parties[0]!, parties[2]!], facts, dateStyle: 'numeric' }));
      files.push(file);
    }
    const profile = pathToFileURL(join(dir, 'lo-profile')).href;
    execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 300_000 });
    const pageCounts = new Set<number>();
    for (const file of files) {
      const pages = pdfPages(file.replace(/\.docx$/, '.pdf')).map((p) => p.replace(/\s+/g, ''));
      pageCounts.add(pages.length);
      const last = pages.at(-1)!;
      expect(last, file).toContain('2026年11月21日');
      for (const part of ['本协议一式', '当事人（签名盖章或按指印）', '人民调解员（签名）', '（人民调解委员会印）']) expect(last, `${file}: ${part}`).toContain(part);
    }
    // The lengths straddle a page break, so the rule was actually put to the test.
    expect(pageCounts.size, 'page counts').toBeGreaterThan(1);
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

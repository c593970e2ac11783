import { DOCUMENT_SOURCES, GENERATED_DOCUMENT_KINDS, documentFileName, generatedDocumentTitle } from '#shared/domain/documents/document-kinds';
import { documentsContract } from '#shared/ipc/contract/documents.contract';
import { describe, expect, it } from 'vitest';

const deletable = (fileName: string) => documentsContract['documents:delete-generated'].input.safeParse({ fileName }).success;

describe('the generated documents’ names', () => {
  it('gives every kind a Chinese title and a domain, one title per kind', () => {
    const titles = Object.values(GENERATED_DOCUMENT_KINDS).map((k) => k.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const [kind, k] of Object.entries(GENERATED_DOCUMENT_KINDS)) {
      expect(k.title, kind).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(DOCUMENT_SOURCES, kind).toContain(k.source);
      expect(generatedDocumentTitle(kind)).toBe(k.title);
    }
    expect(generatedDocumentTitle('agreement')).toBe('人民调解协议书');
    expect(generatedDocumentTitle('meeting-sign-in')).toBe('会议签到表');
    // A kind a newer version logged, or an inherited property name, reads as it was logged.
    expect(generatedDocumentTitle('toString')).toBe('toString');
    expect(generatedDocumentTitle('future-kind')).toBe('future-kind');
  });

  it('makes names with dates, Chinese, spaces and path characters into file names the 删除 contract accepts', () => {
    const cases: [string, string][] = [
      ['2026-11-20-锦湖紫竹苑四方联席会议-签到表', '2026-11-20-锦湖紫竹苑四方联席会议-签到表.docx'],
      ['2026-11-20-锦湖紫竹苑 四方 联席会议-会议纪要', '2026-11-20-锦湖紫竹苑-四方-联席会议-会议纪要.docx'],
      ['温泉调〔2026〕第0001号-人民调解协议书', '温泉调〔2026〕第0001号-人民调解协议书.docx'],
      ['锦湖/紫竹苑-候选人资格审查表-赵强', '锦湖-紫竹苑-候选人资格审查表-赵强.docx'],
      ['../../etc/passwd', 'etc-passwd.docx'],
      ['.hidden', 'hidden.docx'],
      ['a:b*c?"d"<e>|f\\g\u0000h\ti', 'a-b-c-d-e-f-g-h-i.docx'],
      ['', '文书.docx'],
      ['///', '文书.docx'],
    ];
    for (const [base, name] of cases) {
      expect(documentFileName(base), base).toBe(name);
      expect(deletable(name), name).toBe(true);
    }
    const long = documentFileName(`2026-11-21-${'车库照明'.repeat(60)}-结果公示`);
    expect(long.length).toBe(125);
    expect(deletable(long)).toBe(true);
  });

  it('refuses for 删除 what no generated document is called', () => {
    for (const name of ['诉调对接移送单.xlsx', '../x.docx', 'sub/x.docx', '.x.docx', 'x.docx.partial', '']) expect(deletable(name), name).toBe(false);
  });
});

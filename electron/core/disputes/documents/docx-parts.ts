/**
 * Building blocks shared by the dispute documents: A4 pages, 宋体 text, party
 * tables and signature lines, written with the `docx` library (never hand-made XML).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { PARTY_KIND_LABELS, PARTY_ROLE_LABELS, type PartyKind, type PartyRole } from '#shared/domain/disputes/disputes.schema';
import { hanziNumber } from './chinese-date';

/** A party as it appears on a document. Values are printed as given: the caller decides what to mask. */
export type DocumentParty = {
  role: PartyRole;
  kind: PartyKind;
  name: string;
  phone?: string | null;
  idNumber?: string | null;
  address?: string | null;
  /** 法定代表人/负责人 of a company or committee. */
  representative?: string | null;
};

// Word on a Chinese Windows knows 宋体 by this name; `eastAsia` is the slot Word and
// LibreOffice read for CJK characters, so Latin text keeps Times New Roman.
export const CJK_FONT = '宋体';
const LATIN_FONT = 'Times New Roman';
const FONT = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: CJK_FONT } as const;

// Sizes are half-points: 四号 = 14 pt, 二号 = 22 pt, 小四 = 12 pt, 五号 = 10.5 pt.
const BODY_SIZE = 28;
const TITLE_SIZE = 44;
const TABLE_SIZE = 24;
const SMALL_SIZE = 21;
// Chinese prose indents its first line by two characters: 2 × 14 pt = 560 twips.
const INDENT = 560;

// A4 in twips with the margins of GB/T 9704-2012 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).
const MM = 1440 / 25.4;
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
};

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun => new TextRun({ text, font: FONT, ...options });

export function title(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(text, { bold: true, size: TITLE_SIZE })] });
}

/** Right-aligned line such as 编号：2026-0153. */
export function rightLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] });
}

/** A section heading in bold, e.g. 纠纷主要事实、争议事项： */
export function heading(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 240, after: 60 }, children: [run(text, { bold: true })] });
}

/** Body text; each line of `text` becomes a paragraph indented two characters, as Chinese prose is. */
export function body(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => new Paragraph({ indent: { firstLine: INDENT }, children: [run(line)] }));
}

/** Items numbered 一、二、… as Chinese documents list agreed terms. */
export function numbered(items: readonly string[]): Paragraph[] {
  return items.map(
    (item, i) => new Paragraph({ indent: { firstLine: INDENT }, children: [run(`${hanziNumber(i + 1)}、${item.trim()}`)] }),
  );
}

/** A label and its value on one line: 「label」value. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [run(label, { bold: true }), run(value)] });
}

const cellText = (text: string, bold: boolean, size: number): Paragraph[] =>
  (text === '' ? [''] : text.split(/\r?\n/)).map((line) => new Paragraph({ spacing: { line: 300 }, children: [run(line, { bold, size })] }));

export type CellOptions = { bold?: boolean; span?: number; widthPct?: number; small?: boolean };

export function cell(text: string, options: CellOptions = {}): TableCell {
  return new TableCell({
    children: cellText(text, options.bold ?? false, options.small ? SMALL_SIZE : TABLE_SIZE),
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.widthPct ? { width: { size: options.widthPct, type: WidthType.PERCENTAGE } } : {}),
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** A ruled table filling the text width. */
export function grid(rows: readonly (readonly TableCell[])[]): Table {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: GRID, rows: rows.map((children) => new TableRow({ children: [...children] })) });
}

// Widths (percent) that keep an 18-digit ID number and a mobile number on one line in 五号.
const PARTY_COLUMNS = [
  ['身份', 15],
  ['姓名/名称', 22],
  ['联系电话', 17],
  ['身份证号码', 25],
  ['住所/代表人', 21],
] as const;

/** One row per party: 身份（类别） | 姓名/名称 | 联系电话 | 身份证号码 | 住所/代表人. */
export function partyTable(parties: readonly DocumentParty[]): Table {
  const header = PARTY_COLUMNS.map(([h, widthPct]) => cell(h, { bold: true, small: true, widthPct }));
  const rows = parties.map((p) =>
    [
      `${PARTY_ROLE_LABELS[p.role]}\n（${PARTY_KIND_LABELS[p.kind]}）`,
      p.name,
      p.phone ?? '',
      p.idNumber ?? '',
      [p.address, p.representative ? `代表人：${p.representative}` : null].filter(Boolean).join('\n'),
    ].map((text, i) => cell(text, { small: true, widthPct: PARTY_COLUMNS[i]?.[1] ?? 20 })),
  );
  return grid([header, ...rows]);
}

const blank = (width: number): string => '_'.repeat(width);

/** Signature lines: one per applicant and respondent, then the mediators and the recorder. */
export function signatureBlock(parties: readonly DocumentParty[], signers: { mediators: readonly string[]; recorder?: string | null }): Table {
  const line = (label: string, printed: string) =>
    new TableRow({ children: [cell(label, { widthPct: 40 }), cell(`${printed}  ${blank(16)}`, { widthPct: 60 })] });
  const rows = [
    new TableRow({ children: [cell('当事人（签名盖章或按指印）：', { bold: true, span: 2 })] }),
    ...parties.map((p) => line(`${PARTY_ROLE_LABELS[p.role]}：`, p.name)),
    new TableRow({ children: [cell('人民调解员（签名）：', { bold: true, span: 2 })] }),
    ...(signers.mediators.length > 0 ? signers.mediators : ['']).map((m) => line('调解员：', m)),
    ...(signers.recorder !== undefined ? [line('记录人（签名）：', signers.recorder ?? '')] : []),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, rows });
}

/** The seal line and date, right-aligned above where the committee stamps. */
export function sealAndDate(organisation: string, sealLabel: string, date: string): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 480 }, alignment: AlignmentType.RIGHT, children: [run(organisation)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`（${sealLabel}）`)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(date)] }),
  ];
}

export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}

/** Packs the pages into a .docx with 宋体 as the default East Asian font and zh-CN as the language. */
export async function packDocument(meta: { title: string; creator: string }, children: readonly (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 360 } },
        },
      },
    },
    sections: [{ properties: { page: PAGE }, children: [...children] }],
  });
  return Packer.toBuffer(doc);
}

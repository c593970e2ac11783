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
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { startsWithListMarker } from '#shared/domain/disputes/agreed-terms';
import { PARTY_ROLE_LABELS, type PartyKind, type PartyRole } from '#shared/domain/disputes/disputes.schema';
import { GENDER_LABELS, representativeLabel, type PartyDetails } from '#shared/domain/disputes/party-details';
import { formatChineseDate, hanziNumber, type ChineseDateStyle } from './chinese-date';

/**
 * A party as it appears on a document. Values are printed as given: the caller
 * decides what to mask and fills in what the ID number gives (see party-details).
 */
export type DocumentParty = Partial<PartyDetails> & {
  role: PartyRole;
  kind: PartyKind;
  name: string;
  phone?: string | null;
  idNumber?: string | null;
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

/**
 * Keep-with-next and keep-lines-together: a paragraph so marked is never the last
 * on its page without the one after it, nor split across two pages.
 */
const KEEP = { keepNext: true, keepLines: true } as const;

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun => new TextRun({ text, font: FONT, ...options });

export function title(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(text, { bold: true, size: TITLE_SIZE })] });
}

/** Right-aligned line such as 编号：2026-0153. */
export function rightLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] });
}

/** A section heading in bold, e.g. 纠纷主要事实、争议事项：, never left alone at the foot of a page. */
export function heading(text: string): Paragraph {
  return new Paragraph({ ...KEEP, spacing: { before: 240, after: 60 }, children: [run(text, { bold: true })] });
}

/**
 * Body text; each line of `text` becomes a paragraph indented two characters, as
 * Chinese prose is. `keepWithNext` holds every line on the page of what follows.
 */
export function body(text: string, options: { keepWithNext?: boolean } = {}): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => new Paragraph({ indent: { firstLine: INDENT }, ...(options.keepWithNext ? KEEP : {}), children: [run(line)] }));
}

/**
 * The agreed terms, numbered 一、二、… as Chinese documents list them, unless the
 * mediator numbered them already (then every line is printed as typed).
 */
export function numbered(items: readonly string[]): Paragraph[] {
  const typed = items.some(startsWithListMarker);
  return items.map(
    (item, i) => new Paragraph({ indent: { firstLine: INDENT }, children: [run(typed ? item.trim() : `${hanziNumber(i + 1)}、${item.trim()}`)] }),
  );
}

const present = (items: readonly (string | null | undefined | false)[]): string[] => items.filter((f): f is string => !!f && f.trim() !== '');

/**
 * 当事人基本情况 as the standard form writes it, one paragraph per party:
 * 「申请人：张晓燕，女，1949年12月31日出生，汉族，退休教师，住所：…，」 and, on a
 * line of its own so the 18-digit number is never split, 「公民身份号码：…，联系电话：…。」;
 * for an organisation 「被申请人：咸宁荣基物业，住所：…，法定代表人：王国强，…」.
 * `keepWithNext` holds the lines on the page of what follows (the referral's seal).
 */
export function partyLines(parties: readonly DocumentParty[], style: ChineseDateStyle = 'numeric', options: { keepWithNext?: boolean } = {}): Paragraph[] {
  return parties.map((p) => {
    const person = p.kind === 'person';
    const facts = present([
      p.name.trim(),
      person && p.gender && GENDER_LABELS[p.gender],
      person && p.birthDate && `${formatChineseDate(p.birthDate, style)}出生`,
      person && p.ethnicity,
      person && p.occupation,
      p.residence && `住所：${p.residence.trim()}`,
      !person && p.representative && `${representativeLabel(p.kind)}：${p.representative.trim()}`,
    ]);
    const id = person && p.idNumber ? `公民身份号码：${p.idNumber}` : null;
    const phone = p.phone ? `联系电话：${p.phone}` : null;
    const children = [run(`${PARTY_ROLE_LABELS[p.role]}：`, { bold: true }), run(`${present([...facts, !id && phone]).join('，')}${id ? '，' : '。'}`)];
    if (id) children.push(new TextRun({ break: 1, text: `${present([id, phone]).join('，')}。`, font: FONT }));
    return new Paragraph({ indent: { firstLine: INDENT }, ...(options.keepWithNext ? KEEP : {}), children });
  });
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

const blank = (width: number): string => '_'.repeat(width);

// Where the printed names start on a signature line (twips from the left margin, about 40% of the text width).
const SIGNATURE_TAB = 3000;

/** A line to sign on (the label, then at the tab the printed name and a rule), or a bold heading when `printed` is null. Kept with the next. */
const signatureLine = (label: string, printed: string | null): Paragraph =>
  new Paragraph({
    ...KEEP,
    // Room to sign on each line; a heading sets the block off from the clause above.
    spacing: { before: printed === null ? 240 : 120 },
    tabStops: [{ type: TabStopType.LEFT, position: SIGNATURE_TAB }],
    children: printed === null ? [run(label, { bold: true })] : [run(label), new TextRun({ children: [new Tab()], font: FONT }), run(`${printed}  ${blank(14)}`)],
  });

/**
 * Signature lines: one per applicant and respondent, then the mediators and the
 * recorder. Paragraphs with a tab stop (not a table) so that every line keeps
 * with the next: the block, the seal and the date never part.
 */
export function signatureBlock(parties: readonly DocumentParty[], signers: { mediators: readonly string[]; recorder?: string | null }): Paragraph[] {
  return [
    signatureLine('当事人（签名盖章或按指印）：', null),
    ...parties.map((p) => signatureLine(`${PARTY_ROLE_LABELS[p.role]}：`, p.name)),
    signatureLine('人民调解员（签名）：', null),
    ...(signers.mediators.length > 0 ? signers.mediators : ['']).map((m) => signatureLine('调解员：', m)),
    ...(signers.recorder !== undefined ? [signatureLine('记录人（签名）：', signers.recorder ?? '')] : []),
  ];
}

/**
 * The seal line and date, right-aligned above where the committee stamps. The
 * first two keep with the next, so the date is never alone on a page; put
 * `keepWithNext` paragraphs before it to hold what precedes it too.
 */
export function sealAndDate(organisation: string, sealLabel: string, date: string): Paragraph[] {
  return [
    new Paragraph({ ...KEEP, spacing: { before: 480 }, alignment: AlignmentType.RIGHT, children: [run(organisation)] }),
    new Paragraph({ ...KEEP, alignment: AlignmentType.RIGHT, children: [run(`（${sealLabel}）`)] }),
    new Paragraph({ keepLines: true, alignment: AlignmentType.RIGHT, children: [run(date)] }),
  ];
}

/** An empty line; `keepWithNext` when it sits inside a block kept together. */
export function spacer(options: { keepWithNext?: boolean } = {}): Paragraph {
  return new Paragraph({ ...(options.keepWithNext ? KEEP : {}), children: [] });
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
          // 1.25 lines: a two-clause agreement with its signatures fits one A4 page (1.5 needed a second).
          paragraph: { spacing: { line: 300 } },
        },
      },
    },
    sections: [{ properties: { page: PAGE }, children: [...children] }],
  });
  return Packer.toBuffer(doc);
}

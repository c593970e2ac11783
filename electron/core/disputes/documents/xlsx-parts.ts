/**
 * What the office's .xlsx exports share: a streaming workbook on a stream, a bold
 * frozen header, times as Excel dates on China's clock, and a short 说明 sheet.
 * Written with exceljs (never hand-made XML).
 */
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { SHANGHAI_OFFSET_MS } from '#shared/domain/disputes/work-calendar';

export type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
export type Sheet = ExcelJS.Worksheet;
export type CellValue = string | number | Date | null;

/** 宋体, as on the office's printed documents; LibreOffice and WPS substitute their own CJK face when it is missing. */
export const FONT = { name: '宋体', size: 11 } as const;
export const DATE_TIME = 'yyyy-mm-dd hh:mm';

/** A workbook streamed to `out`: styles on (dates need a number format), inline strings so memory does not grow with the rows. */
export function streamingWorkbook(out: Writable, creator: string, now: Date): Workbook {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = creator;
  wb.created = now;
  return wb;
}

/**
 * An Excel time is a wall-clock reading with no zone, and exceljs writes a Date's
 * UTC reading; so an instant is shifted to China's wall clock first (UTC+8 all
 * year: China has kept no daylight saving time since 1991, and the ledger begins
 * in 2000), and the cell shows the time the clerk saw on screen.
 */
export function chinaWallClock(iso: string | null): Date | null {
  return iso === null ? null : new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS);
}

export type Column<T> = { header: string; width: number; value: (row: T) => CellValue; numFmt?: string };

export type Table<T> = { sheet: Sheet; add(row: T): void };

/**
 * A sheet with its header row written and frozen (and the first `frozenColumns`
 * columns), a filter on the header, and `add` for one data row. Each column's
 * style is one object shared by all its cells: exceljs looks a style object up
 * by identity, and a fresh object per cell would cost a serialisation per cell.
 */
export function sheetWithHeader<T>(wb: Workbook, name: string, columns: readonly Column<T>[], frozenColumns = 0, orientation: 'portrait' | 'landscape' = 'portrait'): Table<T> {
  const sheet = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1 }],
    // Printed on A4, all columns on one page width, as many pages down as it takes.
    pageSetup: { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  const styles = columns.map((c): Partial<ExcelJS.Style> => ({ font: FONT, ...(c.numFmt ? { numFmt: c.numFmt } : {}) }));
  sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width, style: styles[i]! }));
  const header = sheet.addRow(columns.map((c) => c.header));
  const headerStyle: Partial<ExcelJS.Style> = {
    font: { ...FONT, bold: true },
    alignment: { vertical: 'middle' },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } },
    border: { bottom: { style: 'thin', color: { argb: 'FF8A9AAA' } } },
  };
  header.eachCell((cell) => (cell.style = headerStyle));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  header.commit();
  return {
    sheet,
    // A committed row is written out and dropped from memory.
    add(row) {
      const r = sheet.addRow(columns.map((c) => c.value(row)));
      for (let i = 0; i < columns.length; i++) r.getCell(i + 1).style = styles[i]!;
      r.commit();
    },
  };
}

/** A two-column 说明 sheet (what was exported, when, by whom), committed at once. */
export function aboutSheet(wb: Workbook, lines: readonly [string, string][]): void {
  const sheet = wb.addWorksheet('说明');
  sheet.columns = [
    { key: 'k', width: 14, style: { font: { ...FONT, bold: true } } },
    { key: 'v', width: 70, style: { font: FONT, alignment: { wrapText: true, vertical: 'top' } } },
  ];
  for (const line of lines) sheet.addRow(line).commit();
  sheet.commit();
}

/** Past this much XML waiting for the compressor, the writer waits for it to catch up. */
const BACKLOG = 4 * 1024 * 1024;

/**
 * Waits between pages until the compressor has caught up. exceljs's worksheet
 * buffer never pushes back: it writes into the PassThrough that archiver reads
 * for the zip entry, whatever that holds, so a writer faster than deflate would
 * keep the whole sheet's XML in memory (70 MB at 100,000 cases). That
 * PassThrough is not public API: if a later exceljs hides it, this degrades to
 * a yield per page, which still lets the compressor and the file stream run.
 */
async function letWritesDrain(table: Table<unknown>, out: Writable): Promise<void> {
  const pipes = (table.sheet as unknown as { stream?: { pipes?: unknown } }).stream?.pipes;
  for (const pipe of Array.isArray(pipes) ? (pipes as Writable[]) : []) {
    // archiver's PassThrough comes from readable-stream 2, which has no `writableLength`.
    const queued = (pipe as unknown as { _writableState?: { length?: unknown } })._writableState?.length;
    if (typeof queued === 'number' && queued > BACKLOG) await once(pipe, 'drain');
  }
  if (out.writableNeedDrain) await once(out, 'drain');
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Writes every page into `table`, letting the compressor catch up between pages, then
 * commits the sheet; returns the number of rows written (for the 说明 sheet).
 */
export async function writePages<T>(table: Table<T>, pages: AsyncIterable<readonly T[]>, out: Writable): Promise<number> {
  let rows = 0;
  for await (const page of pages) {
    for (const row of page) table.add(row);
    rows += page.length;
    await letWritesDrain(table, out);
  }
  table.sheet.commit();
  return rows;
}

/** The export time as the 说明 sheet prints it: China's wall clock to the minute. */
export const exportedAtText = (at: Date): string => chinaWallClock(at.toISOString())!.toISOString().slice(0, 16).replace('T', ' ');

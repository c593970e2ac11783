/**
 * The agreed terms (协议内容) as a mediator types them: one term per line. The
 * agreement numbers them 一、二、… unless the mediator already did: a line that
 * opens with a list marker (一、 （一） (1) 1. 1、 第一条) means the text is numbered
 * as typed, and printing it with a second number gave 「一、一、」.
 */
const MARKER = /^(?:[一二三四五六七八九十百〇零]+[、．.]|[（(][一二三四五六七八九十百〇零0-9０-９]+[)）]|[0-9０-９]+(?:[、．)）]|\.(?![0-9]))|第[一二三四五六七八九十百〇零0-9０-９]+条)/;

/** True when a line opens with a list marker such as 一、 or 1. (not a number such as 3.5万元 or 1200元). */
export const startsWithListMarker = (line: string): boolean => MARKER.test(line.trim());

/**
 * The non-empty lines of the terms, trimmed, and whether the mediator numbered
 * them (then they are printed as typed, continuation lines included).
 */
export function agreedTermLines(text: string): { lines: string[]; numbered: boolean } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return { lines, numbered: lines.some(startsWithListMarker) };
}

import { indexTokens } from './search-text';

/** Everything a clerk may search a case by: description, parties, session notes, evidence. */
export function searchDocument(texts: { description: string; caseNo: string; hotlineOrderNo: string | null; parties: readonly string[]; notes: readonly string[] }): string {
  return [texts.description, texts.caseNo, texts.hotlineOrderNo ?? '', ...texts.parties, ...texts.notes]
    .map(indexTokens)
    .filter((t) => t !== '')
    .join(' ');
}

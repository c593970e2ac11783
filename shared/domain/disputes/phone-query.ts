/** A case number as a clerk types it (2026-0001, or 2026-1): year, dash, sequence. */
export const CASE_NO_QUERY = /^(\d{4})-(\d{1,6})$/;

/**
 * A phone number as the lookup compares it: spaces, dashes, dots and brackets
 * dropped, a leading +86 / 0086 removed, then 7 to 15 digits (a mobile, or a
 * landline with or without its area code). Null when the text is not a phone
 * number, so a search query that is one is looked up by phone, and any other
 * goes to the text search. Party phones are hashed in this same form.
 */
export function phoneLookupForm(text: string): string | null {
  // 2026-0001 is a case number, not the eight digits of a landline.
  if (CASE_NO_QUERY.test(text.trim())) return null;
  const compact = text.trim().replace(/[\s\-.()（）]/g, '').replace(/^(\+86|0086)/, '');
  return /^\d{7,15}$/.test(compact) ? compact : null;
}

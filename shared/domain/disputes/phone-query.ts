/**
 * A phone number as the lookup compares it: spaces, dashes, dots and brackets
 * dropped, a leading +86 / 0086 removed, then 7 to 15 digits (a mobile, or a
 * landline with or without its area code). Null when the text is not a phone
 * number, so a search query that is one is looked up by phone, and any other
 * goes to the text search. Party phones are hashed in this same form.
 */
export function phoneLookupForm(text: string): string | null {
  const compact = text.trim().replace(/[\s\-.()（）]/g, '').replace(/^(\+86|0086)/, '');
  return /^\d{7,15}$/.test(compact) ? compact : null;
}

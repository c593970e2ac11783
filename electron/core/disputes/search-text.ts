/**
 * Chinese full-text search without a Chinese tokenizer: text is indexed as the
 * overlapping two-character pieces (bigrams) of each run of letters and digits,
 * plus the run's last character on its own. Then
 *   - a term of two or more characters is the FTS5 phrase of its bigrams, which
 *     matches exactly the rows that contain the term (phrases need adjacent
 *     positions, and runs never cross punctuation or spaces);
 *   - a one-character term is a prefix query: every occurrence of a character is
 *     either the start of a bigram or the last character of its run.
 * So "噪音", "漏水", "停车 物业费" match as substrings, never more, never fewer.
 * SQLite's trigram tokenizer cannot do two-character terms; ICU or jieba would
 * need a native extension and would split words a clerk types differently.
 */

// Letters (any script) and digits; everything else separates runs.
const RUN = /[\p{L}\p{N}]+/gu;

function runs(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(RUN) ?? [];
}

/** The indexed form of a text: space-separated bigrams and run-final characters. */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const run of runs(text)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    out.push(chars[chars.length - 1]!);
  }
  return out.join(' ');
}

/**
 * An FTS5 MATCH expression requiring every space-separated term, or null when the
 * search has no letters or digits (the caller then does not filter by text).
 */
export function matchExpression(search: string): string | null {
  const parts: string[] = [];
  for (const run of runs(search)) {
    const chars = [...run];
    if (chars.length === 1) parts.push(`"${chars[0]}"*`);
    else parts.push(`"${chars.slice(0, -1).map((c, i) => c + chars[i + 1]).join(' ')}"`);
  }
  return parts.length > 0 ? parts.join(' AND ') : null;
}

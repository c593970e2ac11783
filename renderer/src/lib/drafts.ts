// Unsaved form input lives in sessionStorage: it survives a closed dialog or a page
// reload in the same window, and goes away with the window (no personal data left behind).
const PREFIX = 'ledger.draft.';

type Stored = { version: number | null; values: Record<string, string> };

/** The draft saved under `key`, if it was made against the same record version. */
export function readDraft<V extends Record<string, string>>(key: string, version: number | null): Partial<V> | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Stored;
    if (stored.version !== version || typeof stored.values !== 'object' || stored.values === null) return null;
    return stored.values as Partial<V>;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, version: number | null, values: Record<string, string>): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify({ version, values } satisfies Stored));
  } catch {
    // Storage full or disabled: the form still works, only the draft is not kept.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}

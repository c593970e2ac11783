import { FILE_PICKER_KEY, type LedgerFilePicker } from '#shared/ipc/file-handles';

/**
 * The Electron window's native dialogs (`window.ledgerFiles`, from the preload), or
 * null in a browser on the loopback host, where the folder chooser lists folders
 * through `files:list-directory` instead.
 */
export const nativePicker = (): LedgerFilePicker | null => (window as unknown as Record<string, LedgerFilePicker | undefined>)[FILE_PICKER_KEY] ?? null;

const LABEL_KEY = 'ledger.picked.';

/**
 * The name shown for a picked handle, kept for this window's session: a form restored
 * from its draft still holds the handle and shows what was picked, not 还没有选择.
 */
export function rememberPicked(handle: string, label: string): void {
  try {
    sessionStorage.setItem(LABEL_KEY + handle, label);
  } catch {
    // Storage disabled: a restored form shows 还没有选择 and the clerk picks again.
  }
}

export function pickedLabel(handle: string): string | null {
  try {
    return sessionStorage.getItem(LABEL_KEY + handle);
  } catch {
    return null;
  }
}

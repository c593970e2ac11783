import { FILE_PICKER_KEY, type LedgerFilePicker } from '#shared/ipc/file-handles';

/**
 * The Electron window's native dialogs (`window.ledgerFiles`, from the preload), or
 * null in a browser on the loopback host, where the folder chooser lists folders
 * through `files:list-directory` instead.
 */
export const nativePicker = (): LedgerFilePicker | null => (window as unknown as Record<string, LedgerFilePicker | undefined>)[FILE_PICKER_KEY] ?? null;

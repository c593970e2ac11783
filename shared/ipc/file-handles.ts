import { z } from 'zod';

/**
 * An opaque file handle: what the Electron window's renderer holds instead of a
 * path. The main process issues one after the person picks a folder or a file in
 * a native dialog; a channel that takes a path takes a handle in its place, and
 * only the core can turn it back into the path.
 */
export const FILE_HANDLE_PATTERN = /^fh_[A-Za-z0-9_-]{22}$/;

export const isFileHandle = (value: string): boolean => FILE_HANDLE_PATTERN.test(value);

/** What a handle may be used for: one purpose each, so a file picked to read cannot be written over. */
export const HANDLE_PURPOSES = ['read-file', 'write-dir', 'write-file'] as const;
export type HandlePurpose = (typeof HANDLE_PURPOSES)[number];

/** The files a native dialog is opened for (the filter, the title and the size limit follow from it). */
export const PICK_FILE_KINDS = ['city-keys', 'receipt', 'registration'] as const;
export type PickFileKind = (typeof PICK_FILE_KINDS)[number];

export const pickFileRequest = z.strictObject({
  kind: z.enum(PICK_FILE_KINDS),
  /** For a file to write: the name the save dialog proposes. */
  suggestedName: z.string().max(200).regex(/^[^\\/:*?"<>|\0]+$/).optional(),
});
export type PickFileRequest = z.infer<typeof pickFileRequest>;

/** A picked folder or file: the handle, and the name to show (its last part, never the whole path). */
export type PickedHandle = { handle: string; label: string };

/**
 * What the Electron preload exposes on `window.ledgerFiles` besides the channels:
 * native dialogs in the main process, each answering a handle or null (cancelled).
 */
export type LedgerFilePicker = {
  pickFolder: () => Promise<PickedHandle | null>;
  pickFile: (request: PickFileRequest) => Promise<PickedHandle | null>;
};

export const FILE_PICKER_KEY = 'ledgerFiles';
export const PICK_FOLDER_CHANNEL = 'files:pick-folder';
export const PICK_FILE_CHANNEL = 'files:pick-file';

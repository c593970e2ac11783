// Pure data, no electron import: what each native dialog asks for, unit-tested as data.
import type { HandlePurpose, PickFileKind } from '#shared/ipc/file-handles';

type FileFilter = { name: string; extensions: string[] };

/** One picked file's dialog: open (a file to read) or save (a new file to write). */
export type FileDialogSpec = { mode: 'open' | 'save'; purpose: HandlePurpose; title: string; filters: FileFilter[] };

const JSON_FILES: FileFilter[] = [{ name: 'JSON 文件', extensions: ['json'] }];

export const FILE_DIALOGS: Record<PickFileKind, FileDialogSpec> = {
  'city-keys': { mode: 'open', purpose: 'read-file', title: '选择市级公钥文件（city-public.json）', filters: JSON_FILES },
  receipt: { mode: 'open', purpose: 'read-file', title: '选择市级回执文件', filters: JSON_FILES },
  registration: { mode: 'save', purpose: 'write-file', title: '保存本街道的登记文件', filters: JSON_FILES },
};

export const FOLDER_DIALOG = { title: '选择保存位置（例如U盘）', purpose: 'write-dir' as const satisfies HandlePurpose };

import { z } from 'zod';
import type { Role } from '../../domain/auth/roles';
import { procedure } from '../procedure';

/** The people who point the app at folders and files today: sync's export, registration, keys and receipts. */
const CHOOSERS: readonly Role[] = ['administrator', 'director'];

const typedPath = z.string().trim().min(1, '不能为空').max(1000, '路径过长');

export const PLACE_KINDS = ['home', 'desktop', 'documents', 'downloads', 'removable'] as const;

export const filesContract = {
  /**
   * The folder chooser of the loopback host (the Electron window uses native dialogs
   * instead, and this channel refuses there). Without `path`: the places the host
   * can see — the user's home, Desktop, Documents, Downloads and removable drives.
   * With `path`: its subfolders (and, with `show: 'json'`, its .json files, the only
   * files any chooser asks for), never hidden entries, only under the allowed folders.
   */
  'files:list-directory': procedure({
    summary: '列出可选择的文件夹（个人文件夹、U盘）及其子文件夹',
    input: z.strictObject({ path: typedPath.optional(), show: z.enum(['folders', 'json']).default('folders') }),
    output: z.object({
      path: z.string().nullable(),
      parent: z.string().nullable(),
      places: z.array(z.object({ kind: z.enum(PLACE_KINDS), label: z.string(), path: z.string() })),
      entries: z.array(z.object({ name: z.string(), path: z.string(), kind: z.enum(['folder', 'file']) })),
      truncated: z.boolean(),
    }),
    mutates: false,
    access: CHOOSERS,
  }),
};

import { z } from 'zod';

/** The opaque id the core issued for a document it wrote (never a path): what 打开/打印/下载 send. */
export const documentId = z.string().regex(/^[\w-]{16,64}$/, '不是有效的文书编号，请重新生成文书');

/** What every document export answers: where it was written (shown, never sent back), its name, and its id. */
export const writtenDocument = z.object({ file: z.string(), fileName: z.string(), documentId });

/** The input of every domain's open channel: the id its own export issued. */
export const openDocumentInput = z.strictObject({ documentId });

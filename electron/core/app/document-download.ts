import type { DocumentSource } from '#shared/domain/documents/document-kinds';
import { contract, type Channel } from '#shared/ipc/contract';
import { actorOf, type Session } from '../call-context';
import { AppError } from '../errors';
import { checkAccess } from '../rpc/dispatch';
import type { LedgerApp } from './ledger-app';

export type DocumentDownload = { ok: true; fileName: string; bytes: Buffer } | { ok: false; error: AppError };

/** The export that writes each domain's documents: whoever may generate one may download it. */
const EXPORT_CHANNEL: Record<DocumentSource, Channel> = {
  disputes: 'disputes:export-document',
  meetings: 'meetings:export-document',
  committees: 'committees:export-document',
  consult: 'consult:export-notice',
};

const gone = () => new AppError('not-found', '找不到这份文书：程序重新启动过，或文件已被移走。请回到原来的页面重新生成。');

/**
 * A generated document for the loopback host's download (the browser's 打开/打印):
 * only by an id the core issued for a file it wrote, and only for a signed-in
 * operator who may generate that domain's documents (the access of its export
 * channel). Each download is logged (who, which file), as opening one in the window is.
 */
export async function documentDownload(app: LedgerApp, session: Session, documentId: string): Promise<DocumentDownload> {
  const signedIn = checkAccess('signed-in', session);
  if (signedIn) return { ok: false, error: signedIn };
  const doc = /^[\w-]{16,64}$/.test(documentId) ? app.services.documents.desk.find(documentId) : null;
  if (!doc) return { ok: false, error: gone() };
  const denied = checkAccess(contract[EXPORT_CHANNEL[doc.source]].access, session);
  if (denied) return { ok: false, error: denied };
  const read = await app.services.documents.desk.read(doc, actorOf(session));
  return read ? { ok: true, ...read } : { ok: false, error: gone() };
}

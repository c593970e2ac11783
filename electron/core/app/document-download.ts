import { contract } from '#shared/ipc/contract';
import { actorOf, type Session } from '../call-context';
import { AppError } from '../errors';
import { checkAccess } from '../rpc/dispatch';
import type { LedgerApp } from './ledger-app';

export type DocumentDownload = { ok: true; fileName: string; bytes: Buffer } | { ok: false; error: AppError };

/**
 * A generated document for the loopback host's download (the browser's 打开/打印):
 * only by an id the core issued for a file it wrote, and only for a signed-in
 * operator who may generate documents (the same access as disputes:export-document).
 * Each download is logged (who, which file), as opening one in the window is.
 */
export async function documentDownload(app: LedgerApp, session: Session, documentId: string): Promise<DocumentDownload> {
  const denied = checkAccess(contract['disputes:export-document'].access, session);
  if (denied) return { ok: false, error: denied };
  const doc = /^[\w-]{16,64}$/.test(documentId) ? await app.services.disputes.documents.read(documentId, actorOf(session)) : null;
  if (!doc) return { ok: false, error: new AppError('not-found', '找不到这份文书：程序重新启动过，或文件已被移走。请回到案件页重新生成。') };
  return { ok: true, ...doc };
}

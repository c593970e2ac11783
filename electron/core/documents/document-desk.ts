import { GENERATED_DOCUMENT_KINDS, documentFileName, type DocumentSource, type GeneratedDocumentKind } from '#shared/domain/documents/document-kinds';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appendChange } from '../changes/change-log.repository';
import { AppError } from '../errors';
import { commitPartial, removeQuietly, targetError, writePartial } from '../files/atomic-write';
import type { DocumentOpener } from '../ports';
import { nowIso, type ServiceDeps } from '../service-deps';
import { issuedDocuments, type IssuedDocument } from './issued-documents';

/**
 * The change-log entity of a generated document: deliberately not a table name,
 * so checks that compare tables with their latest entries never mistake the
 * entry for a record version (its action is `reveal`, as the phone/ID reveal's).
 */
export const GENERATED_DOCUMENT_ENTITY = 'generated-document';
/** A generated document opened (打开/打印) or downloaded: what 删除已打印 goes by. */
export const GENERATED_DOCUMENT_OPENED = 'generated-document-opened';

/** A document a domain has built, to be written, logged and given an id. */
export type DocumentToWrite = {
  kind: GeneratedDocumentKind;
  /** The file name's parts before `.docx` (made safe here: `documentFileName`). */
  name: string;
  bytes: Buffer;
  /** The record it belongs to (case, meeting, election, publication): the log entry's entity id. */
  entityId: string;
  /** That record as the director reads it on 已生成文书: a case number, a meeting, an election. */
  subject: string;
  /** Further facts for the log entry (ids, which personal fields it prints in clear) — never the values printed. */
  record?: Record<string, unknown>;
};
export type WrittenDocument = { file: string; fileName: string; documentId: string };
export type DocumentDesk = ReturnType<typeof createDocumentDesk>;

/**
 * The one way a document reaches `<data dir>/documents/`: written and fsynced as
 * a `.partial`, logged in the change log (who, which document, for which record),
 * then renamed — a failed or killed log write leaves at most a `.partial`
 * (removed at the next start), never a document holding names or ID numbers the
 * log does not show, so 已生成文书 lists and purges every one. It then issues
 * the opaque id 打开/打印 use (files move by a core-issued id, never by a path
 * from the renderer), and logs each opening or download, which 删除已打印 goes by.
 * One desk serves every domain, so the host's download resolves any document.
 */
export function createDocumentDesk(deps: ServiceDeps, documentsDir: string, opener?: DocumentOpener) {
  const { db } = deps;
  const issued = issuedDocuments(documentsDir);

  /** Who opened or downloaded which document (never its content), so the director knows what was printed. */
  const logOpened = (doc: IssuedDocument, actor: string, how: 'open' | 'download') =>
    db.transaction().execute((trx) =>
      appendChange(trx, { at: nowIso(deps), actor, entity: GENERATED_DOCUMENT_OPENED, entityId: doc.entityId, action: 'reveal', record: { file_name: doc.fileName, how } }),
    );

  return {
    async write(doc: DocumentToWrite, actor: string): Promise<WrittenDocument> {
      const fileName = documentFileName(doc.name);
      mkdirSync(documentsDir, { recursive: true, mode: 0o700 });
      const file = join(documentsDir, fileName);
      let partial: string | null = null;
      try {
        partial = writePartial(file, doc.bytes);
        await db.transaction().execute((trx) =>
          appendChange(trx, {
            at: nowIso(deps),
            actor,
            entity: GENERATED_DOCUMENT_ENTITY,
            entityId: doc.entityId,
            action: 'reveal',
            record: { ...doc.record, kind: doc.kind, subject: doc.subject, file_name: fileName },
          }),
        );
        commitPartial(partial, file);
        partial = null;
      } catch (error) {
        if (partial) removeQuietly(partial);
        throw targetError(error, documentsDir);
      }
      const source = GENERATED_DOCUMENT_KINDS[doc.kind].source;
      return { file, fileName, documentId: issued.issue({ file, fileName, source, kind: doc.kind, entityId: doc.entityId }) };
    },

    /** The issued document behind an id, whichever domain wrote it (the host's download checks that domain's access). */
    find: (documentId: string): IssuedDocument | null => issued.find(documentId),

    /** A generated document's name and bytes (the host's download), or null; the download is logged. */
    async read(doc: IssuedDocument, actor: string): Promise<{ fileName: string; bytes: Buffer } | null> {
      const bytes = issued.bytesOf(doc);
      if (!bytes) return null;
      await logOpened(doc, actor, 'download');
      return { fileName: doc.fileName, bytes };
    },

    /**
     * Opens a generated document with the desktop's program (Word, WPS) by the id
     * its export issued. Each domain's open channel opens only that domain's
     * documents: an id of another domain is as unknown as a made-up one.
     */
    async open(documentId: string, source: DocumentSource, actor: string): Promise<{ fileName: string }> {
      const doc = issued.find(documentId);
      if (!doc || doc.source !== source) throw new AppError('not-found', '找不到这份文书：程序重新启动过，或文件已被移走。请重新生成后再打开。');
      if (!opener) throw new AppError('forbidden', '这里不能直接用本机程序打开文件，请点击「打开」下载后再打开。');
      const problem = await opener.open(doc.file);
      if (problem) {
        throw new AppError('internal', `无法打开「${doc.fileName}」：电脑上可能没有能打开 Word 文档（.docx）的程序，请安装 WPS 或 Microsoft Word。文件保存在数据目录的 documents 文件夹中。（系统提示：${problem}）`);
      }
      await logOpened(doc, actor, 'open');
      return { fileName: doc.fileName };
    },
  };
}

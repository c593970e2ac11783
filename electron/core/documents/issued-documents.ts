import type { DocumentSource, GeneratedDocumentKind } from '#shared/domain/documents/document-kinds';
import { randomBytes } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';

/** A generated document as the core knows it: written by the core into the documents folder, for one record of one domain. */
export type IssuedDocument = { file: string; fileName: string; source: DocumentSource; kind: GeneratedDocumentKind; entityId: string };

/** Documents are a few dozen KB; anything much larger in the folder is not one of ours. */
const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Ids are kept for this many recent documents (the renderer only holds the latest few). */
const MAX_ISSUED = 500;

/**
 * The opaque ids behind 打开 and 打印: the core issues one for each file it writes,
 * and later resolves only those ids, never a path a caller sends. Ids live in
 * memory (a restart forgets them: generating again issues a new one); each is 144
 * random bits.
 */
export function issuedDocuments(documentsDir: string) {
  const byId = new Map<string, IssuedDocument>();

  /** The issued document if its file is still a regular file of sensible size inside the documents folder. */
  function find(documentId: string): IssuedDocument | null {
    const doc = byId.get(documentId);
    if (!doc) return null;
    try {
      const stat = lstatSync(doc.file);
      if (!stat.isFile() || stat.size > MAX_DOCUMENT_BYTES) return null;
      const inside = relative(realpathSync(documentsDir), realpathSync(doc.file));
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
      return doc;
    } catch {
      return null; // deleted or moved since
    }
  }

  return {
    /** Remembers a file the core has just written and returns its new id. */
    issue(doc: IssuedDocument): string {
      const id = randomBytes(18).toString('base64url');
      byId.set(id, doc);
      if (byId.size > MAX_ISSUED) byId.delete(byId.keys().next().value!);
      return id;
    },
    find,
    /** The document's bytes, or null when its file cannot be read any more. */
    bytesOf(doc: IssuedDocument): Buffer | null {
      try {
        return readFileSync(doc.file);
      } catch {
        return null;
      }
    },
  };
}

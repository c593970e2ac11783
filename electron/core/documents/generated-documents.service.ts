import { generatedDocumentTitle } from '#shared/domain/documents/document-kinds';
import type { OutputOf, ParsedInputOf } from '#shared/ipc/contract';
import { lstatSync, readdirSync, realpathSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appendChange } from '../changes/change-log.repository';
import { AppError } from '../errors';
import { nowIso, type ServiceDeps } from '../service-deps';
import { GENERATED_DOCUMENT_ENTITY, GENERATED_DOCUMENT_OPENED } from './document-desk';
import { documentLogEntries, operatorNames } from './generated-documents.queries';

/** The change-log entity of a deleted document (not a table, like the generation's own entity). */
export const GENERATED_DOCUMENT_DELETED = 'generated-document-deleted';

type Row = OutputOf<'documents:list-generated'>[number];
type Generation = { at: string; actor: string; caseNo: string | null; subject: string | null; kind: string | null; entityId: string; opened: boolean; deleted: boolean };

const kindLabel = (kind: unknown): string | null => (typeof kind === 'string' ? generatedDocumentTitle(kind) : null);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function payloadOf(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The generated documents the director purges after printing: the .docx files in
 * `<data dir>/documents/` (they carry names, and some phone and ID numbers in clear) joined with the
 * change log, which says who generated each, when, and whether it was opened or
 * downloaded since. Deleting unlinks the file and logs it.
 *
 * Unlinked, not overwritten first: on the flash memory of a laptop's SSD or a USB
 * stick, and on journaling or copy-on-write file systems (NTFS, ext4, APFS, btrfs),
 * writing over a file's bytes puts the new bytes elsewhere and leaves the old ones
 * where they were, so an overwrite would promise an erasure it cannot give. What
 * protects the bytes is the owner-only data folder (0700, files 0600) and disk
 * encryption (BitLocker, FileVault, LUKS), which docs/architecture/documents.md recommends.
 */
export function createGeneratedDocumentsService(deps: ServiceDeps, documentsDir: string) {
  const { db } = deps;

  /** The latest generation of each file name the log knows, with whether it was opened or deleted since. */
  async function generations(): Promise<Map<string, Generation>> {
    const byName = new Map<string, Generation>();
    for (const entry of await documentLogEntries(db, [GENERATED_DOCUMENT_ENTITY, GENERATED_DOCUMENT_OPENED, GENERATED_DOCUMENT_DELETED])) {
      const payload = payloadOf(entry.payload);
      const name = typeof payload.file_name === 'string' ? payload.file_name : null;
      if (!name) continue;
      if (entry.entity === GENERATED_DOCUMENT_ENTITY) {
        // Generating again writes the same file name anew: it is unopened until opened again.
        // Entries from before the desk name no subject: a dispute's was its case number.
        const caseNo = text(payload.case_no);
        byName.set(name, { at: entry.at, actor: entry.actor, caseNo, subject: text(payload.subject) ?? caseNo, kind: kindLabel(payload.kind), entityId: entry.entity_id, opened: false, deleted: false });
      } else {
        const known = byName.get(name);
        if (known && entry.entity === GENERATED_DOCUMENT_OPENED) known.opened = true;
        if (known && entry.entity === GENERATED_DOCUMENT_DELETED) known.deleted = true;
      }
    }
    return byName;
  }

  /** The regular .docx files directly in the documents folder (no links, no partial writes), with their sizes. */
  function filesOnDisk(): Map<string, number> {
    const files = new Map<string, number>();
    let names: string[];
    try {
      names = readdirSync(documentsDir);
    } catch {
      return files; // nothing generated yet
    }
    for (const name of names) {
      if (!name.endsWith('.docx') || name.startsWith('.')) continue;
      const stat = lstatSync(join(documentsDir, name), { throwIfNoEntry: false });
      if (stat?.isFile()) files.set(name, stat.size);
    }
    return files;
  }

  async function list(): Promise<Row[]> {
    const [logged, files, names] = [await generations(), filesOnDisk(), await operatorNames(db)];
    // 王丽（wangli）: the name the director knows, and the account the log names.
    const who = (actor: string) => (names.has(actor) ? `${names.get(actor)}（${actor}）` : actor);
    const rows: Row[] = [];
    for (const [fileName, g] of logged) {
      const size = files.get(fileName) ?? null;
      // Purged through this screen and not generated again: no longer listed.
      if (g.deleted && size === null) continue;
      rows.push({ fileName, caseNo: g.caseNo, subject: g.subject, kind: g.kind, generatedBy: who(g.actor), generatedAt: g.at, size, onDisk: size !== null, opened: g.opened });
    }
    for (const [fileName, size] of files) {
      if (!logged.has(fileName)) rows.push({ fileName, caseNo: null, subject: null, kind: null, generatedBy: null, generatedAt: null, size, onDisk: true, opened: false });
    }
    return rows.sort((a, b) => (b.generatedAt ?? '').localeCompare(a.generatedAt ?? '') || a.fileName.localeCompare(b.fileName, 'zh-CN'));
  }

  /** Logs the deletion and unlinks the file as the transaction's last step, so a failed unlink logs nothing. */
  async function remove(fileName: string, actor: string, known: Generation | undefined): Promise<void> {
    const file = join(documentsDir, fileName);
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || realpathSync(dirname(file)) !== realpathSync(documentsDir)) {
      throw new AppError('not-found', `「${fileName}」已经不在本机的文书文件夹里，无需删除。`, [{ path: ['fileName'], message: '文件已不在' }]);
    }
    await db.transaction().execute(async (trx) => {
      await appendChange(trx, {
        at: nowIso(deps),
        actor,
        entity: GENERATED_DOCUMENT_DELETED,
        entityId: known?.entityId ?? fileName,
        action: 'delete',
        record: { file_name: fileName, case_no: known?.caseNo ?? null, size: stat.size, opened: known?.opened ?? false },
      });
      unlinkSync(file);
    });
  }

  return {
    list,
    async deleteOne(input: ParsedInputOf<'documents:delete-generated'>, actor: string) {
      await remove(input.fileName, actor, (await generations()).get(input.fileName));
      return { deleted: [input.fileName] };
    },
    async deleteOpened(actor: string) {
      const logged = await generations();
      const deleted: string[] = [];
      for (const row of await list()) {
        if (!row.opened || !row.onDisk) continue;
        await remove(row.fileName, actor, logged.get(row.fileName));
        deleted.push(row.fileName);
      }
      return { deleted };
    },
  };
}

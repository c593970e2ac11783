import { SHANGHAI_OFFSET_MS, shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { OUTCOME_LABELS } from '#shared/domain/meetings/meetings.schema';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appendChange } from '../changes/change-log.repository';
import type { DocumentDesk } from '../documents/document-desk';
import { commitPartial, removeQuietly, writeStreamPartial } from '../files/atomic-write';
import { getOffice } from '../registry/office.repository';
import { nowIso, type ServiceDeps } from '../service-deps';
import { buildResultNotice } from './documents/publication-notice-docx';
import { writeRequestLedgerXlsx } from './documents/request-ledger-xlsx';
import type { PublicationsService } from './publications.service';
import type { RequestLedgerService } from './request-ledger.service';

const stamp = (at: Date) => new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

/**
 * The 公示 .docx through the document desk (into `<data dir>/documents/`, logged,
 * opened by id) and the 诉求响应台账 .xlsx into `<data dir>/exports/`, owner-only.
 */
export function createConsultFilesService(deps: ServiceDeps, publications: PublicationsService, ledger: RequestLedgerService, dataDir: string, desk: DocumentDesk) {
  return {
    async notice(id: string, actor: string) {
      const { publication: p, topic } = await publications.one(id);
      const office = await getOffice(deps.db);
      const bytes = await buildResultNotice({
        officeName: `${office?.name ?? ''}办事处`, placeName: p.placeName, topicTitle: p.topicTitle, meetingTitle: topic.meeting_title,
        meetingOn: topic.meeting_starts_at ? shanghaiDate(topic.meeting_starts_at) : null, outcome: topic.outcome ? OUTCOME_LABELS[topic.outcome] : null,
        notice: p.notice, from: p.publishedFrom, until: p.publishedUntil, place: p.place, issuedOn: p.publishedFrom,
      });
      // The topic's title is the resident's words: the first 40 characters name the file.
      return desk.write(
        { kind: 'consult-notice', name: `${p.publishedFrom}-${p.topicTitle.slice(0, 40)}-结果公示`, bytes, entityId: p.id, subject: p.topicTitle, record: { publication_id: p.id } },
        actor,
      );
    },

    openNotice: (documentId: string, actor: string) => desk.open(documentId, 'consult', actor),

    /** Writes the workbook, logs the export (it names requesters), then gives it its name. */
    async requestLedger(input: { dateFrom: string; dateUntil: string }, actor: string) {
      const result = await ledger.ledger(input);
      const now = deps.ports.clock.now();
      const dir = join(dataDir, 'exports');
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const fileName = `诉求响应台账-${input.dateFrom}至${input.dateUntil}-${stamp(now)}.xlsx`;
      const file = join(dir, fileName);
      const partial = await writeStreamPartial(file, (out) => writeRequestLedgerXlsx(out, result.rows, { exportedAt: now, exportedBy: actor, ...input, ...result }), 0o600);
      try {
        await deps.db.transaction().execute((trx) =>
          appendChange(trx, { at: nowIso(deps), actor, entity: 'request_ledger_exports', entityId: deps.ports.ids.next(), action: 'reveal', record: { file_name: fileName, rows: result.rows.length, filter: input } }),
        );
        commitPartial(partial, file);
      } catch (error) {
        removeQuietly(partial);
        throw error;
      }
      return { file, fileName, rows: result.rows.length };
    },
  };
}

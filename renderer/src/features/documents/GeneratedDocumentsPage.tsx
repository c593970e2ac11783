import type { OutputOf } from '#shared/ipc/contract';
import { useState } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { formatDateTime } from '../../lib/format';
import { useQuery } from '../../lib/useQuery';
import { Badge } from '../../ui/Badge';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import '../../styles/files.css';

type Row = OutputOf<'documents:list-generated'>[number];
type Asking = { kind: 'one'; row: Row } | { kind: 'opened'; count: number } | null;

const load = () => call('documents:list-generated', {});
const d = t.files.documents;

/** Bytes as the clerk reads them: 23.4 KB. */
const sizeOf = (bytes: number | null) => (bytes === null ? t.common.none : bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

/**
 * 已生成文书: every document the office generated (dispute papers, meeting papers,
 * election papers, notices: they carry names, some phone and ID numbers in clear),
 * each with what it belongs to, for the director to delete once printed. 删除 per row, 删除已打印 for every one opened or downloaded
 * since it was generated; both ask first, and every deletion is in the change log.
 */
export function GeneratedDocumentsPage() {
  const list = useQuery(load);
  const [asking, setAsking] = useState<Asking>(null);
  const [done, setDone] = useState<string | null>(null);
  const rows = list.data ?? [];
  const printed = rows.filter((r) => r.opened && r.onDisk).length;

  const confirm = async () => {
    const result = asking?.kind === 'one' ? await call('documents:delete-generated', { fileName: asking.row.fileName }) : await call('documents:delete-opened', {});
    if (result.ok) setDone(d.deleted(result.value.deleted.length));
    return result;
  };

  return (
    <div className="page documents-page">
      <header className="page__header">
        <h1 className="page__title">{d.title}</h1>
        <button type="button" className="button button--danger" disabled={printed === 0} onClick={() => setAsking({ kind: 'opened', count: printed })}>
          {d.deletePrinted}
        </button>
      </header>
      <p className="page__intro">{d.intro}</p>
      <p className="muted">{printed === 0 && rows.length > 0 ? d.nonePrinted : d.printedNote}</p>
      <ErrorBanner tone="info" message={done} />
      <ErrorBanner message={list.error?.message}>
        <button type="button" className="button button--small" onClick={list.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      {list.loading && !list.data ? <p className="muted">{t.common.loading}</p> : null}
      {list.data && rows.length === 0 ? <p className="muted">{d.empty}</p> : null}
      {rows.length > 0 ? (
        <section className="card">
          <div className="table-scroll">
            <table className="table documents-table" aria-label={d.title}>
              <thead>
                <tr>
                  <th scope="col">{d.subject}</th>
                  <th scope="col">{d.kind}</th>
                  <th scope="col">{d.generatedBy}</th>
                  <th scope="col">{d.generatedAt}</th>
                  <th scope="col" className="num">
                    {d.size}
                  </th>
                  <th scope="col">{d.onDisk}</th>
                  <th scope="col">{d.printed}</th>
                  <th scope="col">{t.common.actions}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.fileName} data-file={row.fileName}>
                    <td>{row.subject ?? t.common.none}</td>
                    <td title={row.fileName}>{row.kind ?? row.fileName}</td>
                    <td>{row.generatedBy ?? d.unknown}</td>
                    <td>{row.generatedAt ? formatDateTime(row.generatedAt) : d.unknown}</td>
                    <td className="num">{sizeOf(row.size)}</td>
                    <td>{row.onDisk ? <Badge tone="warning">{d.present}</Badge> : <Badge tone="neutral">{d.gone}</Badge>}</td>
                    <td>{row.opened ? d.yes : d.no}</td>
                    <td>
                      {row.onDisk ? (
                        <button type="button" className="button button--tiny" onClick={() => setAsking({ kind: 'one', row })} aria-label={`${d.deleteOne}「${row.fileName}」`}>
                          {d.deleteOne}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={asking.kind === 'one' ? d.confirmOneTitle : d.confirmPrintedTitle}
          question={asking.kind === 'one' ? d.confirmOne(asking.row.fileName) : d.confirmPrinted(asking.count)}
          confirmLabel={asking.kind === 'one' ? d.deleteOne : d.deletePrinted}
          onConfirm={confirm}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import type { ErrorBody } from '#shared/ipc/envelope';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { SavedFile } from './SavedFile';

type Kind = 'agreement' | 'court-referral';

/** 文书: 生成调解协议书 (a settled case) or 生成移送单 (a failed one), written to the data directory. */
export function DocumentsPanel({ d }: { d: DisputeDetail }) {
  const { may } = usePermissions();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [saved, setSaved] = useState<{ file: string; fileName: string } | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const kinds: Kind[] = [];
  if (d.agreedTerms) kinds.push('agreement');
  if (d.status === 'failed' || d.failureReason) kinds.push('court-referral');
  if (kinds.length === 0 || !may('disputes:export-document')) return null;

  const generate = (kind: Kind) => {
    setBusy(kind);
    setError(null);
    void call('disputes:export-document', { id: d.id, kind }).then((result) => {
      setBusy(null);
      noteSessionLoss(result);
      if (result.ok) setSaved(result.value);
      else setError(result.error);
    });
  };
  return (
    <section className="card" aria-label={t.disputes.dispute.documents}>
      <h2 className="card__title">{t.disputes.dispute.documents}</h2>
      <div className="case-actions">
        {kinds.map((kind) => (
          <button key={kind} type="button" className="button" onClick={() => generate(kind)} disabled={busy !== null}>
            {busy === kind ? t.disputes.documents.generating : kind === 'agreement' ? t.disputes.actions.agreement : t.disputes.actions.courtReferral}
          </button>
        ))}
      </div>
      <ErrorBanner message={error?.message} />
      {saved ? <SavedFile file={saved.file} fileName={saved.fileName} /> : null}
    </section>
  );
}

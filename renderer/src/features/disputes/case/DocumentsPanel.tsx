import { useState } from 'react';
import { agreementGaps, agreementPartyOfView, courtReferralProblem, describeGap, fittingDocuments, type DocumentKind } from '#shared/domain/disputes/document-requirements';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import type { ErrorBody } from '#shared/ipc/envelope';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useOffice } from '../../registry/office/useOffice';
import { SavedFile, type Saved } from '../../documents/SavedFile';

/**
 * 文书: 生成调解协议书 (a settled case) or 生成移送单 (a failed one), written to the
 * data directory. What each still needs (the shared rule the server refuses with)
 * is listed before the clerk clicks, and the button waits until it is complete.
 */
export function DocumentsPanel({ d }: { d: DisputeDetail }) {
  const { may, canEditOffice } = usePermissions();
  const office = useOffice();
  const [busy, setBusy] = useState<DocumentKind | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const kinds = fittingDocuments(d);
  if (kinds.length === 0 || !may('disputes:export-document')) return null;

  const parties = d.parties.map(agreementPartyOfView);
  const gaps = agreementGaps(parties);
  // Until the office profile has loaded the server has the last word (it checks the same rule).
  const referralBlocked = kinds.includes('court-referral') && !!office.data && courtReferralProblem(d, office.data) !== null;
  const blocked = (kind: DocumentKind) => (kind === 'agreement' ? gaps.length > 0 : referralBlocked);

  const generate = (kind: DocumentKind) => {
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
      {kinds.includes('agreement') && gaps.length > 0 ? (
        <div className="needs" id="agreement-needs" role="note">
          <p>{t.disputes.documents.agreementNeeds}</p>
          <ul className="plain-list">
            {gaps.map((g) => (
              <li key={g.position}>{describeGap(g, parties[g.position]!.kind)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {referralBlocked ? (
        <div className="needs" id="referral-needs" role="note">
          <p>
            {t.disputes.documents.referralNeeds}
            {canEditOffice ? t.disputes.documents.referralNeedsEditor : t.disputes.documents.referralNeedsOthers}
          </p>
          {canEditOffice ? <a href={hrefOf({ name: 'office' })}>{t.disputes.documents.officeLink}</a> : null}
        </div>
      ) : null}
      <div className="case-actions">
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            onClick={() => generate(kind)}
            disabled={busy !== null || blocked(kind)}
            aria-describedby={blocked(kind) ? (kind === 'agreement' ? 'agreement-needs' : 'referral-needs') : undefined}
          >
            {busy === kind ? t.disputes.documents.generating : kind === 'agreement' ? t.disputes.actions.agreement : t.disputes.actions.courtReferral}
          </button>
        ))}
      </div>
      <ErrorBanner message={error?.message} />
      {saved ? <SavedFile saved={saved} opens="disputes:open-document" /> : null}
    </section>
  );
}

import { useState } from 'react';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';

type Props = { partyId: string; field: 'phone' | 'idNumber'; masked: string; what: string; name: string };

/** A masked phone or ID number with 「显示」: the clear value comes from disputes:reveal, which writes the viewing to the change log. */
export function SensitiveValue({ partyId, field, masked, what, name }: Props) {
  const { may } = usePermissions();
  const [clear, setClear] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reveal = () => {
    setBusy(true);
    void call('disputes:reveal', { partyId, field }).then((result) => {
      setBusy(false);
      noteSessionLoss(result);
      if (result.ok) {
        setClear(result.value.value ?? '');
        setError(null);
      } else setError(result.error.message);
    });
  };
  return (
    <span className="sensitive">
      <span className="code">{clear ?? masked}</span>
      {!may('disputes:reveal') ? null : clear === null ? (
        <button type="button" className="button button--tiny" onClick={reveal} disabled={busy} aria-label={t.disputes.dispute.revealLabel(what, name)}>
          {t.disputes.dispute.reveal}
        </button>
      ) : (
        <span className="sensitive__note">{t.disputes.dispute.revealed}</span>
      )}
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

import { useState } from 'react';
import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { noteSessionLoss } from '../../lib/session-events';

type Props = { person: 'member' | 'candidate'; id: string; field: 'phone' | 'idNumber'; masked: string | null; name: string };
const s = t.committees.committee;

/** A masked phone or ID number with 「显示」: the clear value comes from committees:reveal, which writes the viewing to the change log. */
export function PersonSensitive({ person, id, field, masked, name }: Props) {
  const { may } = usePermissions();
  const [clear, setClear] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (masked === null) return <span className="muted">{t.common.none}</span>;
  const reveal = () => {
    void call('committees:reveal', { person, id, field }).then((result) => {
      noteSessionLoss(result);
      if (result.ok) setClear(result.value.value ?? '');
      else setError(result.error.message);
    });
  };
  return (
    <span className="sensitive">
      <span className="code">{clear ?? masked}</span>
      {!may('committees:reveal') ? null : clear === null ? (
        <button type="button" className="button button--tiny" onClick={reveal} aria-label={s.revealLabel(field === 'phone' ? s.phone : s.idNumber, name)}>
          {s.reveal}
        </button>
      ) : (
        <span className="sensitive__note">{s.revealed}</span>
      )}
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

import { useEffect, useState } from 'react';
import type { IntakeWarning } from '#shared/domain/disputes/intake-warnings';
import type { InputOf } from '#shared/ipc/contract';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useDebounced } from '../useDebounced';
import type { IntakeValues } from './intake-values';
import { warningsQuery } from './intake-warnings-query';

/** The warnings for the form as typed, asked for once typing has paused; [] while there is nothing to ask about. */
export function useIntakeWarnings(values: IntakeValues): IntakeWarning[] {
  const { key } = warningsQuery(values);
  const settled = useDebounced(key, 400);
  const [found, setFound] = useState<{ key: string; warnings: IntakeWarning[] }>({ key: '', warnings: [] });
  useEffect(() => {
    const asked = JSON.parse(settled) as InputOf<'disputes:intake-warnings'>;
    if (!asked.hotlineOrderNo && !(asked.estateId && asked.category && asked.applicants.length > 0)) return;
    let live = true;
    void call('disputes:intake-warnings', asked).then((r) => {
      // A failed look-up only means no warning: the server checks the order number again at saving.
      if (live) setFound({ key: settled, warnings: r.ok ? r.value : [] });
    });
    return () => {
      live = false;
    };
  }, [settled]);
  return found.key === key ? found.warnings : [];
}

/** A warning's sentence with 案件 <number> as a link that opens the case (the form stays as a draft). */
function WarningText({ w }: { w: IntakeWarning }) {
  const at = w.message.indexOf(w.caseNo);
  if (at < 0) return <>{w.message}</>;
  const before = w.message.slice(0, at).replace(/案件\s*$/, '');
  return (
    <>
      {before}
      <a href={hrefOf({ name: 'dispute', id: w.caseId })}>{t.disputes.intake.warningCase(w.caseNo)}</a>
      {w.message.slice(at + w.caseNo.length)}
    </>
  );
}

/** 登记提示: warnings the clerk reads and may go on past. */
export function IntakeWarnings({ warnings }: { warnings: IntakeWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="banner banner--warning" role="status" aria-label={t.disputes.intake.warningsTitle}>
      <ul className="plain-list">
        {warnings.map((w) => (
          <li key={`${w.kind}:${w.caseId}`}>
            <WarningText w={w} />
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useState } from 'react';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useCommitteeRules } from '../useCommitteeRules';
import { CommitteeRulesForm } from './CommitteeRulesForm';
import { RulesHistory } from './RulesHistory';

/** 业委会规则: the director (and the administrator) edit them, as the contract's access says; everyone else reads. */
export function CommitteeRulesPage() {
  const { may } = usePermissions();
  const rules = useCommitteeRules();
  const canEdit = may('committees:update-rules');
  // After a conflict the director asks for the newest rules: the form starts again once they
  // have arrived (a version other than the stale one); its own saves keep the form as it is.
  const [reset, setReset] = useState<{ stale: number | null; key: number }>({ stale: null, key: 0 });
  const loaded = rules.data?.version;
  // Adjusted while rendering (React's pattern for state derived from props), not in an effect.
  if (reset.stale !== null && loaded !== undefined && loaded !== reset.stale) setReset({ stale: null, key: reset.key + 1 });
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.committees.rules.title}</h1>
      </header>
      <p className="page__intro">{t.committees.rules.intro}</p>
      {rules.data ? (
        <p className="muted">
          {rules.data.edited ? t.committees.rules.edited : t.committees.rules.defaults} {t.committees.rules.version(rules.data.version)}
        </p>
      ) : null}
      {!canEdit ? <ErrorBanner tone="info" message={t.committees.rules.readOnly} /> : null}
      <ErrorBanner message={rules.error?.message}>
        <button type="button" className="button button--small" onClick={rules.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      {rules.data ? (
        <CommitteeRulesForm
          key={reset.key}
          saved={rules.data}
          editable={canEdit}
          onReload={(stale) => {
            setReset((x) => ({ ...x, stale }));
            rules.reload();
          }}
        />
      ) : (
        <p className="muted">{t.common.loading}</p>
      )}
      {rules.data ? <RulesHistory history={rules.data.history} /> : null}
    </div>
  );
}

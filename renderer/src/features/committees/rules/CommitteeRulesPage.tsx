import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useCommitteeRules } from '../useCommitteeRules';
import { CommitteeRulesForm } from './CommitteeRulesForm';

/** 业委会规则: the director (and the administrator) edit them, as the contract's access says; everyone else reads. */
export function CommitteeRulesPage() {
  const { may } = usePermissions();
  const rules = useCommitteeRules();
  const canEdit = may('committees:update-rules');
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.committees.rules.title}</h1>
      </header>
      <p className="page__intro">{t.committees.rules.intro}</p>
      {rules.data ? <p className="muted">{rules.data.edited ? t.committees.rules.edited : t.committees.rules.defaults}</p> : null}
      {!canEdit ? <ErrorBanner tone="info" message={t.committees.rules.readOnly} /> : null}
      <ErrorBanner message={rules.error?.message}>
        <button type="button" className="button button--small" onClick={rules.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      {rules.data ? <CommitteeRulesForm saved={rules.data} editable={canEdit} onReload={rules.reload} /> : <p className="muted">{t.common.loading}</p>}
    </div>
  );
}

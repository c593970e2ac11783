import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useDeadlineRules } from '../useDisputes';
import { RulesEditor } from './RulesEditor';
import { RulesReadOnly } from './RulesReadOnly';
import { CalendarNotice } from '../../policy/CalendarNotice';

/** 办理时限规则: the director and the administrator edit them; everyone else reads them. */
export function RulesPage() {
  const { may } = usePermissions();
  const rules = useDeadlineRules();
  const canEdit = may('disputes:update-rules');
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.disputes.rules.title}</h1>
      </header>
      <p className="page__intro">{t.disputes.rules.intro}</p>
      <CalendarNotice />
      {rules.data ? <p className="muted">{rules.data.edited ? t.disputes.rules.edited : t.disputes.rules.defaults}</p> : null}
      {!canEdit ? <ErrorBanner tone="info" message={t.disputes.rules.readOnly} /> : null}
      <ErrorBanner message={rules.error?.message}>
        <button type="button" className="button button--small" onClick={rules.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      {!rules.data ? (
        <p className="muted">{t.common.loading}</p>
      ) : canEdit ? (
        <RulesEditor saved={rules.data.rules} />
      ) : (
        <div className="card card--table">
          <RulesReadOnly rules={rules.data.rules} />
        </div>
      )}
    </div>
  );
}

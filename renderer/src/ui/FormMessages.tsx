import { t } from '../i18n';
import type { Form, Values } from '../lib/useForm';
import { ErrorBanner } from './ErrorBanner';

/** Above a form's fields: a restored draft, a notice, and the top-level error with its way out. */
export function FormMessages<V extends Values>({ form }: { form: Form<V> }) {
  return (
    <>
      {form.restoredDraft ? (
        <ErrorBanner tone="info" message={t.common.draftRestored}>
          <button type="button" className="button button--link" onClick={form.discardDraft}>
            {t.common.discardDraft}
          </button>
        </ErrorBanner>
      ) : null}
      <ErrorBanner tone="info" message={form.notice} />
      <ErrorBanner message={form.error?.message}>
        {form.canLoadLatest ? (
          <button type="button" className="button button--small" onClick={form.loadLatest}>
            {t.common.loadLatest}
          </button>
        ) : null}
      </ErrorBanner>
    </>
  );
}

import type { OutputOf } from '#shared/ipc/contract';
import { useState } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { FormMessages } from '../../ui/FormMessages';
import { PathField } from '../files/PathField';
import { seqList } from './sync-paths';

type Outcome = OutputOf<'sync:import-receipt'>;

/** One sentence per kind of outcome; what needs the city's attention comes as a warning. */
function summary(o: Outcome): { info: string; warning: string | null } {
  const info = [o.confirmed.length ? t.sync.receipt.confirmed(seqList(o.confirmed)) : '', o.alreadyConfirmed.length ? t.sync.receipt.already(seqList(o.alreadyConfirmed)) : '']
    .filter(Boolean)
    .join('');
  const warning = [o.unknown.length ? t.sync.receipt.unknown(seqList(o.unknown)) : '', o.mismatched.length ? t.sync.receipt.mismatched(seqList(o.mismatched)) : '']
    .filter(Boolean)
    .join('');
  return { info: info || t.sync.receipt.nothing, warning: warning || null };
}

/** 导入回执: the city's signed receipt, by path; the list above re-fetches and shows 已确认. */
export function ReceiptForm() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useForm({
    initial: { file: '' },
    draftKey: 'sync.receipt',
    submit: (v) => {
      setOutcome(null);
      return call('sync:import-receipt', { file: v.file });
    },
    onSaved: setOutcome,
  });
  const said = outcome ? summary(outcome) : null;
  return (
    <form className="form sync-form" onSubmit={form.handleSubmit} noValidate aria-label={t.sync.receipt.title}>
      <h3 className="sync-form__title">{t.sync.receipt.title}</h3>
      <p className="muted">{t.sync.receipt.intro}</p>
      {said ? <ErrorBanner tone="info" message={said.info} /> : null}
      {said?.warning ? <ErrorBanner message={said.warning} /> : null}
      <FormMessages form={form} />
      <div className="sync-inline">
        <PathField {...form.field('file')} pick={{ kind: 'receipt' }} label={t.sync.receipt.file} hint={t.sync.page.fileHint('receipt.json')} required />
        <button type="submit" className="button sync-inline__submit" disabled={form.busy}>
          {form.busy ? t.sync.receipt.importing : t.sync.receipt.submit}
        </button>
      </div>
    </form>
  );
}

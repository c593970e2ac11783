import { useState } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { formatDateTime } from '../../lib/format';
import { useForm } from '../../lib/useForm';
import { FormMessages } from '../../ui/FormMessages';
import { TextField } from '../../ui/TextField';
import type { DrillResult } from './useBackup';

type FormProps = { initialFile: string; onStart: () => void; onDone: (report: DrillResult, file: string) => void };

/** The form; remade after each drill so the passphrase does not stay in the field. */
function DrillForm({ initialFile, onStart, onDone }: FormProps) {
  const form = useForm({
    initial: { file: initialFile, passphrase: '' },
    secret: ['passphrase'],
    submit: async (v) => {
      onStart();
      return call('backup:verify', { file: v.file, passphrase: v.passphrase });
    },
    onSaved: (value) => onDone(value, form.values.file),
  });
  return (
    <form className="form backup-form" onSubmit={form.handleSubmit} noValidate aria-label={t.backup.drill.title}>
      <FormMessages form={form} />
      <TextField {...form.field('file')} label={t.backup.drill.file} hint={t.backup.page.fileHint} required className="field--path field--wide" />
      <TextField {...form.field('passphrase')} type="password" autoComplete="off" label={t.backup.drill.passphrase} required />
      <div className="backup-actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t.backup.drill.working : t.backup.drill.submit}
        </button>
      </div>
    </form>
  );
}

/** 恢复演练: a backup file and its passphrase; the report, one line per check, in Chinese. */
export function DrillCard({ initialFile, onVerified }: { initialFile: string; onVerified: () => void }) {
  const [report, setReport] = useState<DrillResult | null>(null);
  const [round, setRound] = useState({ n: 0, file: initialFile });
  return (
    <section className="card backup-card" aria-label={t.backup.drill.title}>
      <h2 className="card__title">{t.backup.drill.title}</h2>
      <p className="muted">{t.backup.drill.intro}</p>
      <DrillForm
        key={round.n}
        initialFile={round.file}
        onStart={() => setReport(null)}
        onDone={(value, file) => {
          setReport(value);
          setRound((r) => ({ n: r.n + 1, file }));
          // A drill writes nothing to the ledger (no data:changed), so the status card is told directly.
          onVerified();
        }}
      />
      {report ? (
        <div className={report.ok ? 'backup-report backup-report--ok' : 'backup-report backup-report--failed'} role="region" aria-label={t.backup.drill.title}>
          <p className="backup-report__summary" role="status">
            {report.summary}
          </p>
          <p className="muted">
            {t.backup.drill.office(report.manifest.office.name, report.manifest.office.code)} · {t.backup.drill.made} {formatDateTime(report.manifest.createdAt)} · {t.backup.drill.changes} {report.manifest.chainHead.seq}
          </p>
          <ul className="backup-steps">
            {report.steps.map((s) => (
              <li key={s.check} className={s.ok ? 'backup-step backup-step--ok' : 'backup-step backup-step--failed'}>
                <span className="backup-step__mark">{s.ok ? t.backup.drill.passed : t.backup.drill.failed}</span>
                <span className="backup-step__label">{s.label}</span>
                <span className="backup-step__message">{s.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

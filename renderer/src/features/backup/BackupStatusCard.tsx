import { REMIND_DAYS_MAX, REMIND_DAYS_MIN, REMIND_PREF_KEY } from '#shared/domain/backup/backup-rules';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { formatDateTime } from '../../lib/format';
import { localInvalid, useForm } from '../../lib/useForm';
import { DetailList } from '../../ui/DetailList';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { FormMessages } from '../../ui/FormMessages';
import { TextField } from '../../ui/TextField';
import type { BackupStatus } from './useBackup';

const when = (mark: BackupStatus['lastCreated']) => (mark ? t.backup.status.by(formatDateTime(mark.at), mark.by) : t.backup.status.never);

/** 备份情况: the last backup and drill, the reminder if due, and the interval (a per-operator preference). */
export function BackupStatusCard({ status, onSaved }: { status: BackupStatus; onSaved: () => void }) {
  const form = useForm({
    initial: { days: String(status.remindDays) },
    submit: async (v) => {
      const n = Number(v.days);
      if (!Number.isInteger(n) || n < REMIND_DAYS_MIN || n > REMIND_DAYS_MAX) return localInvalid('days', t.backup.status.remindDays, t.backup.status.remindBad);
      return call('prefs:set', { key: REMIND_PREF_KEY, value: String(n) });
    },
    onSaved,
  });
  return (
    <section className="card backup-card" aria-label={t.backup.status.title}>
      <h2 className="card__title">{t.backup.status.title}</h2>
      {/* The reminder is worded for the 工作台 (请在“备份”页…); here the clerk is already on that page, so it points below. */}
      <ErrorBanner tone="info" message={status.reminder.message?.replace('请在“备份”页', '请在下方')} />
      <DetailList
        items={[
          { label: t.backup.status.lastCreated, value: when(status.lastCreated) },
          { label: t.backup.status.lastVerified, value: when(status.lastVerified) },
        ]}
      />
      <form className="form backup-form backup-form--inline" onSubmit={form.handleSubmit} noValidate aria-label={t.backup.status.remindDays}>
        <FormMessages form={form} />
        <TextField {...form.field('days')} label={t.backup.status.remindDays} hint={t.backup.status.remindHint} inputMode="numeric" className="field--narrow" />
        <div className="backup-actions">
          <button type="submit" className="button button--small" disabled={form.busy}>
            {t.backup.status.saveRemind}
          </button>
        </div>
      </form>
    </section>
  );
}

import { PACK_SECTION_LABELS, type PackSectionKey } from '#shared/domain/policy/pack.schema';
import { useState } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { formatDateTime } from '../../lib/format';
import { useForm } from '../../lib/useForm';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { FormMessages } from '../../ui/FormMessages';
import { TextField } from '../../ui/TextField';
import { CalendarNotice } from './CalendarNotice';
import { PackPreviewCard } from './PackPreviewCard';
import { usePolicyStatus, type PackPreview } from './usePolicy';
import '../../styles/sync.css';

const sectionNames = (keys: readonly string[]) => keys.map((k) => PACK_SECTION_LABELS[k as PackSectionKey] ?? k).join('、');

/** 政策包: what is in force, importing a new pack (preview → confirm → progress), and the history. */
export function PolicyPage() {
  const status = usePolicyStatus();
  const [previewed, setPreviewed] = useState<{ file: string; preview: PackPreview } | null>(null);
  const form = useForm({
    initial: { file: '' },
    submit: (v) => {
      setPreviewed(null);
      return call('policy:preview-pack', { file: v.file }).then((r) => (r.ok ? { ...r, value: { file: v.file, preview: r.value } } : r));
    },
    onSaved: setPreviewed,
  });
  const s = status.data;
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.policy.title}</h1>
      </header>
      <p className="page__intro">{t.policy.intro}</p>
      <CalendarNotice />
      <ErrorBanner message={status.error?.message} />
      <section className="card" aria-label={t.policy.inForce}>
        <h2 className="card__title">{t.policy.inForce}</h2>
        {!s ? (
          <p className="muted">{t.common.loading}</p>
        ) : s.inForce ? (
          <p>
            {t.policy.version(s.inForce.version)}「{s.inForce.title}」：{sectionNames(s.inForce.sections)}；{t.policy.appliedAt} {formatDateTime(s.inForce.appliedAt)}
          </p>
        ) : (
          <p className="muted">{t.policy.none}</p>
        )}
      </section>
      <form className="form sync-form card" onSubmit={form.handleSubmit} noValidate aria-label={t.policy.import.title}>
        <h2 className="card__title">{t.policy.import.title}</h2>
        <FormMessages form={form} />
        <div className="sync-inline">
          <TextField {...form.field('file')} label={t.policy.import.file} hint={t.policy.import.hint} required className="field--path" />
          <button type="submit" className="button sync-inline__submit" disabled={form.busy}>
            {form.busy ? t.policy.import.previewing : t.policy.import.preview}
          </button>
        </div>
      </form>
      {previewed ? <PackPreviewCard key={previewed.preview.pack.sha256} file={previewed.file} preview={previewed.preview} onApplied={status.reload} /> : null}
      <section className="card card--table" aria-label={t.policy.history}>
        <h2 className="card__title">{t.policy.history}</h2>
        {s && s.history.length === 0 ? (
          <p className="muted">{t.policy.historyEmpty}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t.policy.columns.version}</th>
                <th>{t.policy.columns.title}</th>
                <th>{t.policy.columns.sections}</th>
                <th>{t.policy.columns.issuedAt}</th>
                <th>{t.policy.columns.appliedAt}</th>
              </tr>
            </thead>
            <tbody>
              {(s?.history ?? []).map((h) => (
                <tr key={h.version}>
                  <td>{h.version}</td>
                  <td>{h.title}</td>
                  <td>{sectionNames(h.sections)}</td>
                  <td>{formatDateTime(h.issuedAt)}</td>
                  <td>{formatDateTime(h.appliedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

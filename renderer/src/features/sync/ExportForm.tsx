import { DEFAULT_PRIVACY_LEVEL, PRIVACY_LEVEL_LABELS, PRIVACY_LEVELS, type PrivacyLevel } from '#shared/domain/sync/sync.schema';
import { useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { FormMessages } from '../../ui/FormMessages';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { PathField } from '../files/PathField';
import { PrivacyConfirmDialog } from './PrivacyConfirmDialog';
import { lastDirectory, rememberDirectory } from './sync-paths';
import type { ExportResult } from './useSync';

type Props = {
  hasCityKeys: boolean;
  onStart: () => void;
  /** The export's value, or null when it failed (the form shows why). */
  onFinish: (result: ExportResult | null) => void;
};

const OPTIONS = PRIVACY_LEVELS.map((level) => ({ value: level, label: PRIVACY_LEVEL_LABELS[level] }));
// The server's own minimum; below it the server's field error says what to write, without asking first.
const REASON_MIN = 5;

/** Folder, privacy level and (when raised) the reason; a raised level is confirmed in a dialog before anything is written. */
export function ExportForm({ hasCityKeys, onStart, onFinish }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  const [asking, setAsking] = useState(false);
  const blockedId = useId();
  const form = useForm({
    initial: { directory: lastDirectory(), privacy: DEFAULT_PRIVACY_LEVEL as string, reason: '' },
    draftKey: 'sync.export',
    submit: async (v) => {
      onStart();
      const privacy = v.privacy as PrivacyLevel;
      const result = await call('sync:export-bundle', { directory: v.directory, privacy, ...(privacy === DEFAULT_PRIVACY_LEVEL ? {} : { reason: v.reason }) });
      if (result.ok) rememberDirectory(v.directory);
      else onFinish(null);
      return result;
    },
    // After the draft is cleared, so the fresh form that follows starts from the defaults.
    onSaved: (value) => onFinish(value),
  });
  const raised = form.values.privacy !== DEFAULT_PRIVACY_LEVEL;

  const onSubmit = (event: FormEvent) => {
    const v = form.values;
    if (raised && !confirmed.current && v.directory.trim() && v.reason.trim().length >= REASON_MIN) {
      event.preventDefault();
      setAsking(true);
      return;
    }
    confirmed.current = false;
    form.handleSubmit(event);
  };

  return (
    <form ref={formRef} className="form sync-form" onSubmit={onSubmit} noValidate aria-label={t.sync.export.title}>
      {/* While the export runs, the bar speaks; the last attempt's error would only confuse. */}
      {form.busy ? null : <FormMessages form={form} />}
      <PathField {...form.field('directory')} pick={{ kind: 'folder' }} label={t.sync.export.directory} hint={t.sync.page.directoryHint} required className="field--wide" />
      <SelectField {...form.field('privacy')} label={t.sync.export.privacy} hint={t.sync.export.privacyHint} options={OPTIONS} className="field--privacy" />
      {raised ? <TextAreaField {...form.field('reason')} label={t.sync.export.reason} hint={t.sync.export.reasonHint} required rows={3} max={2000} /> : null}
      <div className="sync-actions">
        <button type="submit" className="button button--primary" disabled={form.busy || !hasCityKeys} aria-describedby={hasCityKeys ? undefined : blockedId}>
          {form.busy ? t.sync.export.exporting : t.sync.export.submit}
        </button>
        {hasCityKeys ? null : (
          <p id={blockedId} className="sync-blocked">
            {t.sync.export.needKeys}
          </p>
        )}
      </div>
      {asking ? (
        <PrivacyConfirmDialog
          level={form.values.privacy as PrivacyLevel}
          reason={form.values.reason.trim()}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            confirmed.current = true;
            setAsking(false);
            formRef.current?.requestSubmit();
          }}
        />
      ) : null}
    </form>
  );
}

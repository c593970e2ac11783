import { useState, type FormEvent } from 'react';
import type { Envelope, ErrorBody } from '#shared/ipc/envelope';
import { t } from '../i18n';
import { noteSessionLoss } from './session-events';
import { readDraft, clearDraft, writeDraft } from './drafts';

/** Every form keeps its fields as strings, exactly as typed. */
export type Values = Record<string, string>;

export type FormOptions<V extends Values, R> = {
  initial: V;
  /** The record's version for optimistic locking (edit forms); null when creating. */
  version?: number | null;
  /** Keeps unsaved input in the tab's session storage under this key; omit for no draft. */
  draftKey?: string;
  /** Fields never written to a draft (passwords). */
  secret?: readonly (keyof V)[];
  submit: (values: V, version: number | null) => Promise<Envelope<R>>;
  onSaved: (value: R) => void;
  /** Fetches the latest saved record after a version conflict. */
  loadLatest?: () => Promise<{ values: V; version: number } | null>;
};

export type FieldBinding = { name: string; value: string; onChange: (value: string) => void; error: string | undefined };

export type Form<V extends Values> = {
  values: V;
  set: (name: keyof V, value: string) => void;
  errorOf: (name: keyof V) => string | undefined;
  /** Props for a TextField or SelectField bound to one field. */
  field: (name: keyof V) => FieldBinding;
  error: ErrorBody | null;
  notice: string | null;
  busy: boolean;
  restoredDraft: boolean;
  discardDraft: () => void;
  /** Offered when the record was changed by someone else meanwhile. */
  canLoadLatest: boolean;
  loadLatest: () => void;
  handleSubmit: (event: FormEvent) => void;
};

/**
 * Form state bound to one `call`: field errors come from the envelope's `issues`
 * (path[0] names the field), the message shows on top, and what was typed is
 * never thrown away: it stays on error, and survives closing the dialog as a draft.
 */
export function useForm<V extends Values, R>(options: FormOptions<V, R>): Form<V> {
  const { initial, draftKey, secret = [], submit, onSaved } = options;
  const [start] = useState(() => {
    const draft = draftKey ? readDraft<V>(draftKey, options.version ?? null) : null;
    return draft ? { values: { ...initial, ...draft }, restored: true } : { values: initial, restored: false };
  });
  const [values, setValues] = useState<V>(start.values);
  const [base, setBase] = useState<V>(initial);
  const [version, setVersion] = useState<number | null>(options.version ?? null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoredDraft, setRestoredDraft] = useState(start.restored);

  const remember = (next: V, ver: number | null) => {
    if (!draftKey) return;
    const kept = Object.fromEntries(Object.entries(next).filter(([k]) => !secret.includes(k)));
    const changed = Object.keys(kept).some((k) => kept[k] !== base[k]);
    if (changed) writeDraft(draftKey, ver, kept);
    else clearDraft(draftKey);
  };

  const set = (name: keyof V, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    remember(next, version);
  };

  const fieldErrors = new Map<string, string>();
  for (const issue of error?.issues ?? []) {
    const field = issue.path[0];
    if (typeof field === 'string' && !fieldErrors.has(field)) fieldErrors.set(field, issue.message);
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setNotice(null);
    void submit(values, version).then((result) => {
      setBusy(false);
      noteSessionLoss(result);
      if (result.ok) {
        if (draftKey) clearDraft(draftKey);
        setError(null);
        onSaved(result.value);
      } else {
        setError(result.error);
      }
    });
  };

  const loadLatest = () => {
    const load = options.loadLatest;
    if (!load) return;
    void load().then((latest) => {
      if (!latest) {
        setError({ code: 'not-found', message: t.common.recordGone });
        return;
      }
      // Three-way merge: keep what the clerk changed, take the rest from the latest save.
      const merged = { ...latest.values };
      for (const key of Object.keys(values) as (keyof V)[]) if (values[key] !== base[key]) merged[key] = values[key];
      setBase(latest.values);
      setValues(merged);
      setVersion(latest.version);
      setError(null);
      setNotice(t.common.mergedLatest);
    });
  };

  return {
    values,
    set,
    errorOf: (name) => fieldErrors.get(String(name)),
    field: (name) => ({ name: String(name), value: values[name] ?? '', onChange: (value) => set(name, value), error: fieldErrors.get(String(name)) }),
    error,
    notice,
    busy,
    restoredDraft,
    discardDraft: () => {
      if (draftKey) clearDraft(draftKey);
      setValues(base);
      setRestoredDraft(false);
    },
    canLoadLatest: error?.code === 'conflict' && !error.issues?.length && version !== null && !!options.loadLatest,
    loadLatest,
    handleSubmit,
  };
}

/** An `invalid-input` envelope made in the renderer, for checks the server cannot do (two passwords match). */
export function localInvalid(field: string, label: string, message: string): Envelope<never> {
  return { ok: false, error: { code: 'invalid-input', message: `「${label}」${message}`, issues: [{ path: [field], message }] } };
}

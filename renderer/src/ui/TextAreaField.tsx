import { useId } from 'react';
import type { FieldBinding } from '../lib/useForm';
import { FieldFrame } from './FieldFrame';

type Props = FieldBinding & {
  label: string;
  hint?: string;
  required?: boolean;
  rows?: number;
  autoFocus?: boolean;
  /** Shows a live "n / max 字" counter; text over the limit is kept (never cut) and flagged. */
  max?: number;
  counter?: (length: number, max: number) => string;
  over?: (excess: number) => string;
};

/** A labelled multi-line field with its error under it and, optionally, a character counter. */
export function TextAreaField({ name, value, onChange, error, label, hint, required, rows = 4, autoFocus, max, counter, over }: Props) {
  const id = useId();
  // The server counts trimmed characters; so does the counter.
  const length = value.trim().length;
  const excess = max !== undefined ? length - max : 0;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      {(describedBy) => (
        <>
          <textarea
            id={id}
            name={name}
            value={value}
            rows={rows}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={error || excess > 0 ? true : undefined}
            aria-required={required ? true : undefined}
            aria-describedby={[describedBy, max !== undefined ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined}
            autoFocus={autoFocus}
            data-autofocus={autoFocus ? '' : undefined}
            spellCheck={false}
          />
          {max !== undefined ? (
            <p id={`${id}-count`} className={excess > 0 ? 'field__counter field__counter--over' : 'field__counter'} aria-live="polite">
              {counter ? counter(length, max) : `${length} / ${max}`}
              {excess > 0 && over ? `，${over(excess)}` : ''}
            </p>
          ) : null}
        </>
      )}
    </FieldFrame>
  );
}

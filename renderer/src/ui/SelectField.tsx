import { useId } from 'react';
import type { FieldBinding } from '../lib/useForm';
import { FieldFrame } from './FieldFrame';

export type Option = { value: string; label: string };

type Props = FieldBinding & {
  label: string;
  options: readonly Option[];
  /** The first, empty choice ("请选择…"). */
  placeholder?: string;
  hint?: string;
  required?: boolean;
  autoFocus?: boolean;
  className?: string;
};

/** A labelled native select (keyboard and screen-reader friendly) with its error under it. */
export function SelectField({ name, value, onChange, error, label, options, placeholder, hint, required, autoFocus, className }: Props) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} className={className}>
      {(describedBy) => (
        <select
          id={id}
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={describedBy}
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? '' : undefined}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

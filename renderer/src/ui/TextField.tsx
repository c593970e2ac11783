import { useId, type HTMLInputTypeAttribute } from 'react';
import type { FieldBinding } from '../lib/useForm';
import { FieldFrame } from './FieldFrame';

type Props = FieldBinding & {
  label: string;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  required?: boolean;
  autoFocus?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel';
  maxLength?: number;
  className?: string;
  placeholder?: string;
};

/** A labelled text input with its hint and, under it, the field's error from the server. */
export function TextField({ name, value, onChange, error, label, hint, type = 'text', required, autoFocus, autoComplete = 'off', inputMode, maxLength, className, placeholder }: Props) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} className={className}>
      {(describedBy) => (
        <input
          id={id}
          name={name}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={describedBy}
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? '' : undefined}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          placeholder={placeholder}
          spellCheck={false}
        />
      )}
    </FieldFrame>
  );
}

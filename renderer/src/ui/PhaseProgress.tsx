import { useId } from 'react';

/**
 * The progress of one long piece of work (an export, a backup): a real <progress> (no
 * inline styles under the CSP) with the phase in words, indeterminate until the first
 * answer (`percent` null). `className` names the place for its screen and its tests.
 */
export function PhaseProgress({ label, text, percent, done, className }: { label: string; text: string; percent: number | null; done: boolean; className: string }) {
  const id = useId();
  return (
    <div className={`phase-progress ${className}${done ? ' phase-progress--done' : ''}`}>
      <label className="phase-progress__label" htmlFor={id}>
        {label}
      </label>
      {percent === null ? <progress id={id} className="phase-progress__bar" /> : <progress id={id} className="phase-progress__bar" max={100} value={percent} />}
      <p className="phase-progress__phase" role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}

import type { ReactNode } from 'react';
import type { Tone } from './badges';

/** A short coloured label: a status, a tier, a deadline's state. */
export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

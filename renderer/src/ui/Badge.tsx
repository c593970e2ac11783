import type { ReactNode } from 'react';

/** The colour families of a badge (see .badge--* in styles/disputes.css). */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'muted';

/** A short coloured label: a status, a tier, a deadline's state. */
export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

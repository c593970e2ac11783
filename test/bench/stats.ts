/** Median and 95th percentile of a sample, in the sample's unit. */
export function summarize(samples: number[]): { n: number; p50: number; p95: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;

export function line(label: string, s: ReturnType<typeof summarize>): string {
  return `${label.padEnd(44)} p50 ${ms(s.p50).padStart(11)}  p95 ${ms(s.p95).padStart(11)}  (n=${s.n})`;
}

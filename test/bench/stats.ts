import { readFileSync } from 'node:fs';
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

/**
 * CPU seconds used so far by this process and by the child processes it has waited for
 * (sqlite3, age): on a shared machine the wall clock mostly measures the neighbours, so a
 * benchmark prints both. Children's time comes from /proc (Linux); elsewhere it counts 0.
 */
export function cpuSeconds(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    // Fields after the command name: … utime(14) stime(15) cutime(16) cstime(17), in clock ticks (100 Hz).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    children = 0;
  }
  return (own.user + own.system) / 1e6 + children;
}

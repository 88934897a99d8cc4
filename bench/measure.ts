import type { Core } from '../electron/core/core';

/** Helpers the benchmarks share: calls that must succeed, and summaries of timings. */

type Envelope =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** A read or write through dispatch, as the transports make it; a failure stops the bench. */
export function call<T>(core: Core, method: string, input: unknown): T {
  const env = core.dispatch(method, input) as Envelope;
  if (!env.ok) throw new Error(`${method}: ${env.error.code} ${env.error.message}`);
  return env.value as T;
}

export interface Stats {
  median: number;
  p95: number;
  max: number;
  n: number;
}

export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1]!, n: s.length };
}

export const ms = (x: number) => `${x.toFixed(3)} ms`;

/** "1.14×": how many times the reference's time a measurement takes. */
export const times = (x: number, reference: number) => `${(x / reference).toFixed(2)}×`;

/** Markdown table lines (Prettier's layout is left to `npx prettier`; these stay readable). */
export function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

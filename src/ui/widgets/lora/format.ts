/** Number formats shared by the LoRA widget's panels. */
import { groupDigits } from '../../../sim/core/groupDigits.ts';

/** "42 ms", "1.8 s", "—" for NaN. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** "97 %". */
export function formatPct(x: number): string {
  return `${Math.round(x * 100)} %`;
}

/** "1,083". */
export function formatInt(x: number): string {
  return groupDigits(x);
}

/** "0.7 s" or "42 ms" from microseconds. */
export function formatUs(us: number): string {
  return formatMs(us / 1000);
}

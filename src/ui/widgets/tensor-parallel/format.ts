/** Number formats the tensor-parallel widget shows. */
import { groupDigits } from '../../../sim/core/groupDigits.ts';

const GIB = 1024 ** 3;

export const fmtInt = (n: number): string => groupDigits(n);
export const fmtGiB = (bytes: number): string => `${(bytes / GIB).toFixed(1)} GiB`;
/** Bytes in KiB or MiB, whichever reads better. */
export function fmtBytes(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(bytes >= 10 * 1024 ** 2 ? 0 : 1)} MiB`;
  return `${(bytes / 1024).toFixed(bytes >= 10 * 1024 ? 0 : 1)} KiB`;
}
/** µs below a millisecond, ms above. */
export function fmtUs(us: number): string {
  if (!Number.isFinite(us)) return '—';
  if (us < 1000) return `${us.toFixed(us < 10 ? 1 : 0)} µs`;
  return `${(us / 1000).toFixed(us < 10_000 ? 2 : 1)} ms`;
}
export const fmtPct = (x: number): string => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)} %`;

/** Number formatting for the hardware panel. */
import { groupDigits } from '../../sim/core/groupDigits.ts';

const GIB = 1024 ** 3;

/** Bytes as GiB with one decimal ("14.9 GiB"). */
export const fmtGiB = (bytes: number): string => `${(bytes / GIB).toFixed(1)} GiB`;

/** Bytes as KiB, MiB or GiB, whichever reads best. */
export function fmtBytes(bytes: number): string {
  if (bytes >= GIB) return fmtGiB(bytes);
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
}

/** Microseconds as µs below 1 ms, ms above. */
export const fmtUs = (us: number): string => (us < 1000 ? `${us.toFixed(0)} µs` : `${(us / 1000).toFixed(us < 10_000 ? 2 : 1)} ms`);

/** Integers with thousands separators. */
export const fmtInt = (n: number): string => groupDigits(n);

/** A rate or ratio with up to one decimal. */
export const fmtNum = (n: number): string => (n >= 100 ? fmtInt(n) : n.toFixed(1));

/** Number formats of the quantisation widget. */
import { groupDigits } from '../../../sim/core/groupDigits.ts';

const GIB = 1024 ** 3;

export const gib = (bytes: number): string => `${(bytes / GIB).toFixed(1)} GiB`;
export const int = (n: number): string => groupDigits(n);
export const ms = (us: number): string => `${(us / 1000).toFixed(us < 10_000 ? 2 : 1)} ms`;
export const tokens = (n: number): string => (n >= 1024 && n % 1024 === 0 ? `${n / 1024}k` : int(n));
export const ratio = (x: number): string => `×${x.toFixed(x >= 10 ? 0 : 2)}`;
export const pct = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)} %`;

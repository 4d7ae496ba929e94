/** Number formats the widget shares. */
import { groupDigits } from '../../../sim/core/groupDigits.ts';

export const ms = (us: number): string => `${(us / 1000).toFixed(us < 10_000 ? 2 : 1)} ms`;
export const times = (x: number): string => `${x.toFixed(2)}×`;
export const fixed2 = (x: number): string => x.toFixed(2);
export const int = (x: number): string => groupDigits(x);
export const ordinal = (n: number): string => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

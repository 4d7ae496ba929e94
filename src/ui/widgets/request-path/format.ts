/** Microseconds as the widget writes them: "14.2 ms", "418 ms", "23.6 s". */
import { groupDigits } from '../../../sim/core/groupDigits.ts';

export function fmtUs(us: number): string {
  if (!Number.isFinite(us)) return '—';
  const ms = us / 1000;
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export const fmtInt = (n: number): string => groupDigits(n);
export const fmtPct = (x: number): string => (Number.isFinite(x) ? `${Math.round(x * 100)} %` : '—');
export const fmtScore = (x: number): string => x.toFixed(2);

export const POLICY_NAME = { prefix: 'Prefix-aware (llm-d EPP)', rr: 'Round robin (Service)' } as const;
export const POLICY_SHORT = { prefix: 'Prefix-aware', rr: 'Round robin' } as const;

/** Numbers as the widget shows them. */
import { groupDigits } from '../../../sim/core/groupDigits.ts';

/** "45 s", "3 min 36 s". */
export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return '—';
  const r = Math.round(s);
  if (r < 120) return `${r} s`;
  const m = Math.floor(r / 60);
  const rest = r % 60;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** TTFT: "13 ms", "2.4 s", "3 min 32 s"; "—" when there is none. */
export function formatLatency(s: number | null): string {
  if (s === null || !Number.isFinite(s)) return '—';
  if (s < 1) return `${Math.max(1, Math.round(s * 1000))} ms`;
  if (s < 10) return `${s.toFixed(1)} s`;
  return formatDuration(s);
}

/** "0.42". */
export const formatGpuHours = (h: number): string => (h < 10 ? h.toFixed(2) : h.toFixed(1));

export const formatCount = (n: number): string => groupDigits(n);

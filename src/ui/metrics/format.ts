/** Number formatting for the metrics reader: seconds as ms or s, fractions as %, counts with separators. */
import { groupDigits } from '../../sim/core/groupDigits.ts';

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 1) return `${(seconds * 1000).toFixed(seconds < 0.01 ? 1 : 0)} ms`;
  return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)} %` : '—';
}

export function formatCount(value: number): string {
  return Number.isFinite(value) ? groupDigits(value) : '—';
}

/** Short names for the chart's labels and the table, from the pattern catalog. */
import { PATTERNS, type PatternId } from '../../../sim/patterns/index.ts';

const SHORT: Readonly<Record<PatternId, string>> = {
  'single-instance': 'Single instance',
  replicated: 'Round robin',
  'autoscaling-pool': 'Autoscaling',
  disaggregated: 'P/D',
  'tensor-parallel': 'Largest TP',
  'hybrid-multi-tier': 'Tiered KV',
  federation: 'Federation',
  'caching-first': 'Prefix-aware',
};

/** A few words for a chart label. */
export const shortName = (id: PatternId): string => SHORT[id];

/** The catalog's label. */
export const longName = (id: PatternId): string => PATTERNS.find((p) => p.id === id)?.label ?? id;

/** Numbers for labels: 3 significant figures, no trailing zeros. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 100 ? String(Math.round(v)) : a >= 10 ? v.toFixed(1).replace(/\.0$/, '') : a >= 1 ? v.toFixed(2).replace(/\.?0+$/, '') : String(Number(v.toPrecision(2)));
}

/**
 * Units for numeric quiz answers. Each unit belongs to a family; answers are compared in the family's base
 * unit, so "128 KiB", "131072 B" and "0.125 MiB" are the same answer.
 */
export interface UnitDef {
  readonly family: string;
  /** Multiply a value in this unit by `factor` to get the family's base unit. */
  readonly factor: number;
}

export const UNITS: Readonly<Record<string, UnitDef>> = {
  B: { family: 'bytes', factor: 1 },
  KB: { family: 'bytes', factor: 1e3 },
  KiB: { family: 'bytes', factor: 1024 },
  MB: { family: 'bytes', factor: 1e6 },
  MiB: { family: 'bytes', factor: 1024 ** 2 },
  GB: { family: 'bytes', factor: 1e9 },
  GiB: { family: 'bytes', factor: 1024 ** 3 },
  TB: { family: 'bytes', factor: 1e12 },
  'MB/s': { family: 'bandwidth', factor: 1e6 },
  'GB/s': { family: 'bandwidth', factor: 1e9 },
  'TB/s': { family: 'bandwidth', factor: 1e12 },
  'µs': { family: 'time', factor: 1e-6 },
  ms: { family: 'time', factor: 1e-3 },
  s: { family: 'time', factor: 1 },
  min: { family: 'time', factor: 60 },
  tokens: { family: 'tokens', factor: 1 },
  'tokens/s': { family: 'token-rate', factor: 1 },
  blocks: { family: 'blocks', factor: 1 },
  steps: { family: 'steps', factor: 1 },
  requests: { family: 'requests', factor: 1 },
  replicas: { family: 'replicas', factor: 1 },
  GPUs: { family: 'gpus', factor: 1 },
  'all-reduces': { family: 'all-reduces', factor: 1 },
  parameters: { family: 'parameters', factor: 1 },
  'million parameters': { family: 'parameters', factor: 1e6 },
  'billion parameters': { family: 'parameters', factor: 1e9 },
  points: { family: 'score', factor: 1 },
  FLOPs: { family: 'flops', factor: 1 },
  GFLOPs: { family: 'flops', factor: 1e9 },
  TFLOPs: { family: 'flops', factor: 1e12 },
  'FLOPs/byte': { family: 'intensity', factor: 1 },
  '×': { family: 'ratio', factor: 1 },
  '%': { family: 'percent', factor: 1 },
  'bits/weight': { family: 'bits', factor: 1 },
};

export function isUnit(u: string): boolean {
  return Object.hasOwn(UNITS, u);
}

/** Units that can express an answer given in `unit` (the same family), in the order declared above. */
export function unitsLike(unit: string): string[] {
  const fam = UNITS[unit]?.family;
  if (fam === undefined) return [unit];
  return Object.entries(UNITS)
    .filter(([, d]) => d.family === fam)
    .map(([u]) => u);
}

/** Converts a value to its family's base unit, or null for an unknown unit. */
export function toBase(value: number, unit: string): number | null {
  const d = UNITS[unit];
  return d ? value * d.factor : null;
}

/**
 * Parses what a learner typed: accepts spaces, thousands separators (`131,072`, `131 072`), and a
 * decimal comma when it cannot be a thousands separator (`0,5`). Returns null when it is not a number.
 */
export function parseNumber(raw: string): number | null {
  let s = raw.trim().replace(/[\s\u00a0\u202f_]/g, '');
  if (s === '') return null;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^[-+]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

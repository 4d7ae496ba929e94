import type { StepShape } from '../../costModel.ts';

/** A decode-only step: `seqs` sequences, each attending to `contextTokens`. */
export function decodeShape(seqs: number, contextTokens: number): StepShape {
  return { prefills: [], decodes: Array.from({ length: Math.max(0, seqs) }, () => ({ contextTokens })) };
}

/** `total` sequences spread as evenly as possible over `parts` groups (larger groups first). */
export function spread(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const extra = total % parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

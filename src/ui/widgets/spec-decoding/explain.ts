/**
 * Words for what the picture shows: each tracked request's step, as a caption and for the
 * screen-reader narration. Pure, so the captions are tested without rendering.
 */
import type { RowFrame } from '../../../widget-models/spec-decoding/simulate.ts';
import { OUTPUT_TOKENS, PROMPT_TOKENS } from '../../../widget-models/spec-decoding/settings.ts';
import { ordinal } from './format.ts';

/** What each of the k draft slots and the target's slot show. */
export type SlotKind = 'accepted' | 'rejected' | 'skipped' | 'empty' | 'bonus' | 'recovered' | 'plain' | 'none';

/** Slot kinds for one row: `k` draft slots, then the target's own token. */
export function slotsOf(row: RowFrame, k: number): SlotKind[] {
  const drafts: SlotKind[] = Array.from({ length: k }, (_, i) => {
    if (row.phase !== 'verify' || i >= row.numDraft) return 'empty';
    if (i < row.numAccepted) return 'accepted';
    return i === row.numAccepted ? 'rejected' : 'skipped';
  });
  let target: SlotKind = 'none';
  if (row.phase === 'verify') target = row.numAccepted === row.numDraft ? 'bonus' : 'recovered';
  else if ((row.phase === 'decode' || row.phase === 'prefill') && row.emitted > 0) target = 'plain';
  // A request that reached max_tokens keeps only the tokens it still needed.
  if (row.phase === 'verify' && row.emitted < row.numAccepted + 1) target = 'none';
  return [...drafts, target];
}

/** One line on a request's step. */
export function captionOf(row: RowFrame): string {
  switch (row.phase) {
    case 'waiting':
      return 'waiting for a batch slot';
    case 'idle':
      return 'not scheduled this step';
    case 'done':
      return `finished: ${row.outputs} tokens`;
    case 'prefill':
      return `prefill: ${PROMPT_TOKENS} prompt tokens, then its first token`;
    case 'decode':
      return 'no drafts (no n-gram match): 1 token';
    case 'verify': {
      const { numDraft: d, numAccepted: a, emitted } = row;
      const stop = emitted < a + 1 ? `; reached ${OUTPUT_TOKENS} tokens, keeps ${emitted}` : '';
      const n = `${a + 1} token${a + 1 === 1 ? '' : 's'}`;
      if (a === d) return `${n}: all ${d} drafts accepted + bonus token${stop}`;
      return `${n}: ${a} of ${d} drafts accepted, ${ordinal(a + 1)} rejected + target’s token${stop}`;
    }
  }
}

/**
 * Events → plain sentences for the "what just happened" panel and the screen-reader live
 * region. Pure: the same event always reads the same way, and it is unit-tested.
 */
import type { SimEvent } from '../../../sim/engine/index.ts';
import type { NarrationEntry } from '../kit/narration.ts';

/** What a sentence needs besides the event. */
export interface NarrationContext {
  readonly blockSize: number;
  /** Human label of an engine request id ("r3" → "R3"). */
  readonly label: (id: string) => string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "#4", "#4 and #9", "#4–#7" (consecutive), "#4, #9 and 3 more". */
export function blockList(ids: readonly number[]): string {
  if (ids.length === 0) return 'no blocks';
  const consecutive = ids.every((b, i) => i === 0 || b === (ids[i - 1] as number) + 1);
  if (ids.length > 2 && consecutive) return `#${ids[0]}–#${ids[ids.length - 1]}`;
  if (ids.length === 1) return `#${ids[0]}`;
  if (ids.length === 2) return `#${ids[0]} and #${ids[1]}`;
  return `#${ids[0]}, #${ids[1]} and ${ids.length - 2} more`;
}

const WHY = {
  alloc: 'vLLM allocates KV blocks on demand: a sequence gets a new block only when its last one is full, so at most one block per sequence is partly empty.',
  hit: 'With --enable-prefix-caching, every full block is registered under a hash of its tokens and of everything before it. A new request whose prompt starts the same way maps those physical blocks into its own block table and skips computing them.',
  free: 'A finished or preempted sequence drops one reference from each of its blocks, tail first. Blocks that reach zero references go back to the free queue but keep their contents, so a later request can still hit them in the prefix cache until the block is reused.',
  evict: 'New blocks come from the head of the free queue, the least recently used. If that block still held a cached prefix, the cache entry is dropped at that moment: eviction is lazy.',
  cow: 'Forked samples share every block by reference count. The partly filled last block cannot take two different next tokens, so the first sample to write gets a private copy (copy-on-write, PagedAttention paper §4.4).',
  fork: 'Parallel sampling (n > 1): the prompt is computed once, then each extra sample maps the same physical blocks, and each block’s reference count goes up by one.',
  preempt: 'A running sequence needed a block and none was free. vLLM V1 preempts the most recently admitted request (FCFS), frees all of its blocks and puts it back at the front of the waiting queue; when re-admitted it recomputes, helped by any of its blocks still in the prefix cache.',
} as const;

/**
 * One sentence per event worth telling, in order. Cache registrations and per-token events are
 * left out (they happen every step and would drown the rest).
 */
export function narrateEvent(e: SimEvent, ctx: NarrationContext): NarrationEntry | null {
  const L = ctx.label;
  const key = `${e.step}-${e.type}-${'req' in e ? e.req : ''}-${'blockId' in e ? e.blockId : ''}${'child' in e ? e.child : ''}`;
  switch (e.type) {
    case 'arrival':
      return { key, text: `${L(e.req)} arrived: a ${plural(e.promptTokens, 'token')} prompt, max_tokens ${e.maxTokens}.` };
    case 'step': {
      // Steps are counted from 1, as the timeline shows them (frame k = after the k-th step).
      const prefill = e.scheduled.filter((s) => s.tokens > 1 || s.computed === 0).length;
      const decode = e.scheduled.length - prefill;
      const parts = [prefill > 0 ? plural(prefill, 'prompt chunk') : '', decode > 0 ? plural(decode, 'decode token') : ''].filter(Boolean).join(' and ');
      return {
        key,
        text: `Step ${e.step + 1} took ${(e.durationUs / 1000).toFixed(1)} ms: ${plural(e.numScheduledTokens, 'token')} for ${plural(e.scheduled.length, 'sequence')} (${parts}).`,
      };
    }
    case 'blocksAllocated':
      return { key, text: `${L(e.req)} got ${plural(e.blockIds.length, 'new block')} (${blockList(e.blockIds)}).`, why: WHY.alloc };
    case 'cacheHit':
      return {
        key,
        tone: 'ok',
        text: `${L(e.req)} found its first ${plural(e.blockIds.length, 'block')} (${plural(e.tokens, 'token')}) in the prefix cache and reused them instead of recomputing.`,
        why: WHY.hit,
      };
    case 'blocksFreed': {
      const kept = e.blockIds.length - e.toFreeQueue.length;
      return {
        key,
        text: `${L(e.req)} released ${plural(e.blockIds.length, 'block')}: ${e.toFreeQueue.length} went back to the free queue${kept > 0 ? `, ${kept} ${kept === 1 ? 'stays' : 'stay'} in use by other sequences` : ''}.`,
        why: WHY.free,
      };
    }
    case 'blockEvicted':
      return { key, tone: 'warn', text: `Block #${e.blockId} was reused for new data, so the prefix it cached was evicted.`, why: WHY.evict };
    case 'blockCopied':
      return { key, tone: 'warn', text: `${L(e.req)} had to write into shared block #${e.src}, so it was copied to #${e.dst} first (copy-on-write).`, why: WHY.cow };
    case 'forked':
      return { key, text: `${L(e.child)} forked from ${L(e.parent)} and shares its ${plural(e.blockIds.length, 'block')}.`, why: WHY.fork };
    case 'preempted':
      return { key, tone: 'danger', text: `Out of free blocks for ${L(e.for)}: ${L(e.req)} was preempted; its blocks were freed and it will recompute later.`, why: WHY.preempt };
    case 'finished':
      return { key, text: `${L(e.req)} finished (${e.reason === 'stop' ? 'end of sequence' : 'hit max_tokens'}) after ${plural(e.outputTokens, 'output token')}.` };
    default:
      return null;
  }
}

/**
 * The narration of one frame: the most telling events first-in-order, capped at `max`, with a
 * closing line that counts the rest.
 */
export function narrateFrame(events: readonly SimEvent[], ctx: NarrationContext, max = 8): NarrationEntry[] {
  const all: NarrationEntry[] = [];
  // The step summary reads best first; the rest keep the engine's order.
  const ordered = [...events.filter((e) => e.type === 'step'), ...events.filter((e) => e.type !== 'step')];
  for (const e of ordered) {
    const n = narrateEvent(e, ctx);
    if (n) all.push(n);
  }
  if (all.length <= max) return all;
  const shown = all.slice(0, max - 1);
  shown.push({ key: `more-${events[0]?.step ?? 0}`, text: `…and ${plural(all.length - shown.length, 'more event')} in this step.` });
  return shown;
}

/** Small builders shared by the engine tests. */
import { us } from '../../../../src/sim/core/units.ts';
import { EventSink } from '../../../../src/sim/engine/events.ts';
import { KVCacheManager } from '../../../../src/sim/engine/kvCacheManager.ts';
import { Request } from '../../../../src/sim/engine/request.ts';
import type { EventLevel, PromptSegment, RequestSpec } from '../../../../src/sim/engine/types.ts';

let nextIdx = 0;

/** Segments from [seed, tokens] pairs: `[0,16]` is "16 tokens of stream 0" (the peer docs' `[0]×16`). */
export function segs(...pairs: [number, number][]): PromptSegment[] {
  return pairs.map(([seed, tokens]) => ({ seed, tokens }));
}

/** COMMON = [0]×16 + [1]×16 + [2]×16 from vllm-peer-scenarios.md. */
export const COMMON: [number, number][] = [
  [0, 16],
  [1, 16],
  [2, 16],
];

export function spec(id: string, prompt: PromptSegment[], outputTokens = 16, extra: Partial<RequestSpec> = {}): RequestSpec {
  return { id, arrivalUs: us(0), prompt, outputTokens, ...extra };
}

/** A request as the scheduler would create it. */
export function makeReq(id: string, prompt: PromptSegment[], opts: { blockSize?: number; outputTokens?: number; arrivalUs?: number; extra?: Partial<RequestSpec> } = {}): Request {
  const s = spec(id, prompt, opts.outputTokens ?? 16, opts.extra ?? {});
  return new Request(nextIdx++, id, s, 0, us(opts.arrivalUs ?? 0), opts.blockSize ?? 16, 128_256);
}

/** A KV cache manager with an event sink. */
export function makeManager(
  numBlocks: number,
  opts: { blockSize?: number; caching?: boolean; maxModelLen?: number; level?: EventLevel; v011?: boolean; useEagle?: boolean; watermark?: number } = {},
) {
  const sink = new EventSink(opts.level ?? 'blocks');
  const kv = new KVCacheManager(numBlocks, opts.blockSize ?? 16, opts.maxModelLen ?? 8192, opts.caching ?? true, sink, {
    prependUnhashedFreedBlocks: !(opts.v011 ?? false),
    useEagle: opts.useEagle ?? false,
    watermark: opts.watermark ?? 0,
  });
  return { kv, sink, pool: kv.pool };
}

/** Simulates the model appending `n` output tokens. */
export function appendTokens(r: Request, n: number): void {
  r.numTokens += n;
  r.numOutputTokens += n;
}

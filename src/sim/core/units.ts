/**
 * Branded unit types. They cost nothing at run time and stop "tokens vs blocks vs
 * microseconds" mix-ups at API boundaries (hot loops use plain numbers inside).
 */

/** A duration or instant on the simulated clock, in microseconds. */
export type Micros = number & { readonly __unit: 'us' };
/** A count of tokens (or KV slots, one per token). */
export type Tokens = number & { readonly __unit: 'tokens' };
/** A count of KV blocks. */
export type Blocks = number & { readonly __unit: 'blocks' };
/** The physical id of a KV block, 0 … numGpuBlocks − 1 (0 is vLLM's null block). */
export type BlockId = number & { readonly __unit: 'blockId' };

/** Tags a number as microseconds. */
export const us = (n: number): Micros => n as Micros;
/** Tags a number as a token count. */
export const tokens = (n: number): Tokens => n as Tokens;
/** Tags a number as a block count. */
export const blocks = (n: number): Blocks => n as Blocks;

/** Microseconds to seconds (for metrics, which vLLM reports in seconds). */
export const usToSeconds = (t: Micros | number): number => t / 1e6;
/** Seconds to microseconds. */
export const secondsToUs = (s: number): Micros => Math.round(s * 1e6) as Micros;

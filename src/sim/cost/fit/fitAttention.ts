/**
 * Fits the prefill and decode attention coefficients (model/attention.ts) to the
 * `prefill_attn_us` and `decode_attn_us` tables, in log space.
 */
import { decodeAttentionUs, prefillAttentionUs } from '../model/attention.ts';
import type { DecodeAttnCoefficients, PrefillAttnCoefficients } from '../types.ts';
import { levenbergMarquardt } from './levenbergMarquardt.ts';
import type { DecodeAttnPoint, PrefillAttnPoint } from './points.ts';

const sig = (x: number): number => Number(x.toPrecision(6));

/** Predicted isolated prefill attention for a table point. */
export function predictPrefillAttn(c: PrefillAttnCoefficients, p: PrefillAttnPoint): number {
  return prefillAttentionUs(c, [{ newTokens: p.s, cachedTokens: 0 }], p.heads, p.headDim);
}

/** Predicted isolated decode attention for a table point (KV warm in L2, as benchmarked). */
export function predictDecodeAttn(c: DecodeAttnCoefficients, p: DecodeAttnPoint): number {
  return decodeAttentionUs(c, new Array<number>(p.b).fill(p.l), p.kvHeads, p.headDim, { warmL2: true });
}

/** Fits t0, tile time and the per-token term; the SM count stays the GPU's. */
export function fitPrefillAttn(points: readonly PrefillAttnPoint[], init: PrefillAttnCoefficients): PrefillAttnCoefficients {
  if (points.length < 3) return init;
  const unpack = (x: readonly number[]): PrefillAttnCoefficients => ({
    ...init,
    t0Us: Math.exp(x[0] as number),
    tileUs: Math.exp(x[1] as number),
    linearUs: Math.exp(x[2] as number),
  });
  const res = (x: readonly number[]) => points.map((p) => Math.log(predictPrefillAttn(unpack(x), p) / p.us));
  const r = levenbergMarquardt(res, [Math.log(init.t0Us), Math.log(init.tileUs), Math.log(init.linearUs)]);
  const c = unpack(r.x);
  return { ...c, t0Us: sig(c.t0Us), tileUs: sig(c.tileUs), linearUs: sig(c.linearUs) };
}

/** Fits decode attention: latency, per-unit and total bandwidth, corner, per-unit overhead, L2 rate. */
export function fitDecodeAttn(points: readonly DecodeAttnPoint[], init: DecodeAttnCoefficients): DecodeAttnCoefficients {
  if (points.length < 6) return init;
  const keys = ['t0Us', 'unitGBps', 'gbps', 'p', 'unitOverheadKB', 'l2GBps'] as const;
  const unpack = (x: readonly number[]): DecodeAttnCoefficients => {
    const c: Record<string, number> = { ...init };
    keys.forEach((k, i) => (c[k] = Math.exp(x[i] as number)));
    return c as unknown as DecodeAttnCoefficients;
  };
  const res = (x: readonly number[]) => points.map((p) => Math.log(predictDecodeAttn(unpack(x), p) / p.us));
  const r = levenbergMarquardt(res, keys.map((k) => Math.log(init[k])));
  const c = unpack(r.x);
  return { ...c, ...Object.fromEntries(keys.map((k) => [k, sig(c[k])])) };
}

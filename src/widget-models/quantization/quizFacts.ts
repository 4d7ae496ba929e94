/**
 * Answers for the quantisation lesson's knowledge checks, computed by the widget's model so a
 * change to the cost model changes the graded answer with it.
 */
import { GIB, type QuantSchemeId } from '../../sim/cost/index.ts';
import { chosenRow, computeQuantization } from './model.ts';
import { DEFAULT_SETTINGS, type QuantizationSettings } from './settings.ts';

const at = (s: Partial<QuantizationSettings>) => ({ ...DEFAULT_SETTINGS, ...s });

function row(s: QuantizationSettings, scheme: QuantSchemeId = s.scheme) {
  const r = chosenRow(computeQuantization(s), scheme);
  if (!r?.memory) throw new Error(`no memory plan for ${scheme}`);
  return r;
}

/** KV blocks with an fp8 KV cache divided by blocks with auto (bf16), same weights and GPU. */
export function fp8KvBlockRatio(s: Partial<QuantizationSettings> = {}): number {
  const fp8 = row(at({ ...s, kvCacheDtype: 'fp8' }));
  const auto = row(at({ ...s, kvCacheDtype: 'auto' }));
  return fp8.memory!.numGpuBlocks / auto.memory!.numGpuBlocks;
}

/** Weight GiB per GPU for a scheme. */
export function weightGiB(scheme: QuantSchemeId, s: Partial<QuantizationSettings> = {}): number {
  return row(at({ ...s, scheme })).memory!.weightBytes / GIB;
}

/** Max concurrency (requests of `maxModelLen` tokens) for a scheme. */
export function maxConcurrency(scheme: QuantSchemeId, s: Partial<QuantizationSettings> = {}): number {
  return row(at({ ...s, scheme })).memory!.maxConcurrency;
}

/** Whether the plan fits for a scheme. */
export function fits(scheme: QuantSchemeId, s: Partial<QuantizationSettings> = {}): boolean {
  return computeQuantization(at({ ...s, scheme })).rows.find((x) => x.selection.scheme === scheme)?.memory?.fits ?? false;
}

/** Decode and prefill step (µs) of a scheme under settings. */
export function stepUs(scheme: QuantSchemeId, s: Partial<QuantizationSettings> = {}): { decode: number; prefill: number } {
  const r = row(at({ ...s, scheme }));
  return { decode: r.decode?.stepUs ?? Number.NaN, prefill: r.prefill?.stepUs ?? Number.NaN };
}

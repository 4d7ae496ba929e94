/**
 * The quantisation widget's model: every weight format on the chosen GPU, model and TP degree
 * (memory plan, KV blocks, concurrency, decode and prefill step), plus the chosen format with the
 * other KV-cache dtype, so the readout can say what `--kv-cache-dtype` changes. One computation,
 * one frame.
 */
import { quantEstimate, type QuantEstimate, type QuantSchemeId } from '../../sim/cost/index.ts';
import type { ModelJob, WidgetModel } from '../model.ts';
import { type KvChoice, type QuantizationSettings, SCHEME_IDS } from './settings.ts';

export interface QuantizationResult {
  /** One estimate per weight format, in `SCHEME_IDS` order, at the chosen KV dtype. */
  readonly rows: readonly QuantEstimate[];
  /** The chosen format with the other KV dtype (auto ↔ fp8). */
  readonly otherKv: QuantEstimate | null;
  readonly error: string | null;
}

const kvDtype = (kv: KvChoice) => (kv === 'fp8' ? 'fp8' : 'bf16');

/** The estimate of one format under the settings (`kv` overrides the KV dtype). */
export function estimateFor(s: QuantizationSettings, scheme: QuantSchemeId, kv: KvChoice = s.kvCacheDtype): QuantEstimate {
  return quantEstimate({ modelId: s.model, gpuId: s.gpu, tp: s.tp, scheme, kvDtype: kvDtype(kv), contextTokens: s.maxModelLen, batch: s.batch, prefillTokens: s.prefill });
}

/** Computes the whole result at once (well under a millisecond per format). */
export function computeQuantization(s: QuantizationSettings): QuantizationResult {
  try {
    const rows = SCHEME_IDS.map((id) => estimateFor(s, id));
    return { rows, otherKv: estimateFor(s, s.scheme, s.kvCacheDtype === 'fp8' ? 'auto' : 'fp8'), error: null };
  } catch (e) {
    return { rows: [], otherKv: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The chosen format's row. */
export function chosenRow(r: QuantizationResult, scheme: QuantSchemeId): QuantEstimate | undefined {
  return r.rows.find((x) => x.selection.scheme === scheme);
}

export const EMPTY_RESULT: QuantizationResult = { rows: [], otherKv: null, error: null };

/** The quantisation widget's model. */
export const quantizationModel: WidgetModel<QuantizationSettings, QuantizationResult> = {
  id: 'quantization',
  start(settings): ModelJob<QuantizationResult> {
    const sim = computeQuantization(settings);
    return { sim, advance: () => true };
  },
};

import { useCallback } from 'react';
import type { QuantSchemeId } from '../../../sim/cost/index.ts';
import { BATCH_VALUES, CONTEXT_VALUES, GPU_IDS, type KvChoice, MODEL_CHOICES, type QuantModelId, type QuantizationSettings, PREFILL_VALUES, SCHEME_IDS, TP_VALUES } from '../../../widget-models/quantization/settings.ts';
import { QUANT_SCHEMES } from '../../../sim/cost/index.ts';
import { ChoiceField } from '../kit/ChoiceField.tsx';
import { StepperField } from '../kit/StepperField.tsx';
import { tokens } from './format.ts';
import { GPU_LABELS, schemeField } from './labels.ts';
import { Quantization, updateSettings } from './store.ts';

function useSet() {
  const api = Quantization.useWidgetApi();
  return useCallback((patch: Partial<QuantizationSettings>) => updateSettings(api, patch), [api]);
}

/** Every setting, each named by the vLLM flag or checkpoint field it stands for. */
export function Controls() {
  const s = Quantization.useWidget((st) => st.settings);
  const set = useSet();
  return (
    <div className="qz-controls">
      <ChoiceField<QuantSchemeId>
        label="Weight format"
        field={schemeField(s.scheme)}
        value={s.scheme}
        options={SCHEME_IDS.map((id) => [id, QUANT_SCHEMES[id].label] as const)}
        onChange={(scheme) => set({ scheme })}
      />
      <ChoiceField<KvChoice>
        label="KV-cache dtype"
        field={<code>--kv-cache-dtype</code>}
        value={s.kvCacheDtype}
        options={[
          ['auto', 'auto (bf16, the model dtype)'],
          ['fp8', 'fp8 (e4m3)'],
        ]}
        onChange={(kv) => set({ kvCacheDtype: kv })}
      />
      <ChoiceField<QuantModelId> label="Model" field="Hugging Face checkpoint" value={s.model} options={MODEL_CHOICES.map((m) => [m.id, m.label] as const)} onChange={(model) => set({ model })} />
      <ChoiceField<string> label="GPU" field="one GPU of the server" value={s.gpu} options={GPU_IDS.map((id) => [id, GPU_LABELS[id] ?? id] as const)} onChange={(gpu) => set({ gpu })} />
      <StepperField label="Tensor parallel" field={<code>--tensor-parallel-size</code>} value={s.tp} values={TP_VALUES} format={(v) => `${v} GPU${v > 1 ? 's' : ''}`} onChange={(tp) => set({ tp })} />
      <StepperField label="Context length" field={<code>--max-model-len</code>} value={s.maxModelLen} values={CONTEXT_VALUES} unit="tokens" format={tokens} onChange={(ctx) => set({ maxModelLen: ctx })} />
      <StepperField label="Decode batch" field={<>running sequences (≤ <code>--max-num-seqs</code>)</>} value={s.batch} values={BATCH_VALUES} unit="seqs" onChange={(batch) => set({ batch })} />
      <StepperField label="Prefill chunk" field={<>prompt tokens in one step (≤ <code>--max-num-batched-tokens</code>)</>} value={s.prefill} values={PREFILL_VALUES} unit="tokens" format={tokens} onChange={(prefill) => set({ prefill })} />
    </div>
  );
}

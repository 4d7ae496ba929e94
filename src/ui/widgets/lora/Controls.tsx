import { useCallback } from 'react';
import { ADAPTER_VALUES, LIMITS, MAX_CPU_LORAS_VALUES, MAX_LORAS_VALUES, RANK_VALUES, type LoraSettings, type Skew } from '../../../widget-models/lora/settings.ts';
import { ChoiceField } from '../kit/ChoiceField.tsx';
import { SliderField } from '../kit/SliderField.tsx';
import { StepperField } from '../kit/StepperField.tsx';
import { Lora, updateSettings } from './store.ts';

const SKEW_LABELS: Record<Skew, string> = {
  uniform: 'Uniform (every adapter equally)',
  'zipf-1': 'Zipf, s = 1 (adapter k gets 1/k)',
  'zipf-1.5': 'Zipf, s = 1.5 (strongly skewed)',
};

/** The traffic and the engine's LoRA limits, each named by the vLLM flag it sets. */
export function Controls() {
  const s = Lora.useWidget((st) => st.settings);
  const api = Lora.useWidgetApi();
  const set = useCallback((patch: Partial<LoraSettings>) => updateSettings(api, patch), [api]);
  return (
    <div className="lr-controls">
      <fieldset className="lr-fieldset">
        <legend>Traffic</legend>
        <StepperField label="Adapters in use" field={<>one <code>--lora-modules name=path</code> entry each</>} value={s.adapters} values={ADAPTER_VALUES} unit="adapters" onChange={(adapters) => set({ adapters })} />
        <ChoiceField<Skew> label="Traffic skew" field={<>which adapter each request names in <code>model</code></>} value={s.skew} options={Object.entries(SKEW_LABELS) as [Skew, string][]} onChange={(skew) => set({ skew })} />
        <SliderField label="Arrival rate" field="Poisson arrivals for 20 s" value={s.rate} min={LIMITS.rate[0]} max={LIMITS.rate[1]} unit="requests/s" onCommit={(rate) => set({ rate })} />
      </fieldset>
      <fieldset className="lr-fieldset">
        <legend>vLLM LoRA settings</legend>
        <StepperField label="GPU adapter slots" field={<code>--max-loras</code>} value={s.maxLoras} values={MAX_LORAS_VALUES} unit={s.maxLoras === 1 ? 'slot' : 'slots'} onChange={(maxLoras) => set({ maxLoras })} />
        <StepperField label="CPU adapter cache" field={<code>--max-cpu-loras</code>} value={s.maxCpuLoras} values={MAX_CPU_LORAS_VALUES} unit="adapters" onChange={(maxCpuLoras) => set({ maxCpuLoras })} />
        <StepperField label="Largest rank" field={<code>--max-lora-rank</code>} value={s.rank} values={RANK_VALUES} onChange={(rank) => set({ rank })} />
      </fieldset>
      <p className="widget-hint lr-command">
        As a command: <code>{`vllm serve meta-llama/Llama-3.1-8B-Instruct --enable-lora --max-loras ${s.maxLoras} --max-cpu-loras ${s.maxCpuLoras} --max-lora-rank ${s.rank} --lora-modules ${s.adapters === 1 ? 'adapter-a=…' : `adapter-a=… … adapter-${String.fromCharCode(96 + s.adapters)}=…`}`}</code>
      </p>
    </div>
  );
}

import { useCallback } from 'react';
import { GPUS, type LinkId, MODELS, PARALLELISM_MODELS } from '../../../sim/cost/index.ts';
import { LIMITS, TP_VALUES, type TensorParallelSettings } from '../../../widget-models/tensor-parallel/settings.ts';
import { ChoiceField } from '../kit/ChoiceField.tsx';
import { SliderField } from '../kit/SliderField.tsx';
import { StepperField } from '../kit/StepperField.tsx';
import { fmtInt } from './format.ts';
import { TensorParallel, updateSettings } from './store.ts';

const MODEL_OPTIONS = [...MODELS, ...PARALLELISM_MODELS].map((m) => [m.id, `${m.name} (${m.heads} heads, ${m.kvHeads} KV${m.moe ? `, ${m.moe.experts} experts` : ''})`] as const);
const GPU_OPTIONS = GPUS.map((g) => [g.id, `${g.name}${g.calibration === 'measured' ? '' : ' (estimated)'}`] as const);

function useSet() {
  const api = TensorParallel.useWidgetApi();
  return useCallback((patch: Partial<TensorParallelSettings>) => updateSettings(api, patch), [api]);
}

/** Model, GPU, TP degree and link: what the picture above is of. */
export function SetupControls() {
  const s = TensorParallel.useWidget((st) => st.settings);
  const gpuLink = TensorParallel.useWidget((st) => GPUS.find((g) => g.id === st.settings.gpu)?.interconnect.label ?? 'the GPU’s own link');
  const set = useSet();
  return (
    <div className="tp-fields">
      <ChoiceField<string> label="Model" field={<code>vllm serve &lt;model&gt;</code>} value={s.model} options={MODEL_OPTIONS} onChange={(model) => set({ model })} />
      <ChoiceField<string> label="GPU" field="every GPU of the group" value={s.gpu} options={GPU_OPTIONS} onChange={(gpu) => set({ gpu })} />
      <StepperField label="Tensor parallel size" field={<code>--tensor-parallel-size</code>} value={s.tp} values={TP_VALUES} unit={s.tp === 1 ? 'GPU' : 'GPUs'} onChange={(tp) => set({ tp })} />
      <ChoiceField<LinkId>
        label="Link between the GPUs"
        field="what the all-reduces travel over"
        value={s.link}
        options={[
          ['gpu', gpuLink],
          ['pcie5', 'PCIe Gen5 x16 (no NVLink)'],
          ['ib-ndr', 'InfiniBand NDR 400G (across nodes)'],
        ]}
        onChange={(link) => set({ link })}
      />
    </div>
  );
}

/** The step being priced: decoding sequences, their context, and a prefill chunk. */
export function StepControls() {
  const s = TensorParallel.useWidget((st) => st.settings);
  const set = useSet();
  return (
    <div className="tp-fields">
      <SliderField label="Decoding sequences" field={<>running requests (at most <code>--max-num-seqs</code>)</>} value={s.batch} min={LIMITS.batch[0]} max={LIMITS.batch[1]} unit="sequences" onCommit={(batch) => set({ batch })} />
      <SliderField label="Context per sequence" field={<><code>--max-model-len</code> the memory plan sizes for</>} value={s.context} min={LIMITS.context[0]} max={LIMITS.context[1]} step={512} unit="tokens" format={fmtInt} onCommit={(context) => set({ context })} />
      <SliderField label="Prefill chunk in the step" field={<>prompt tokens (at most <code>--max-num-batched-tokens</code>)</>} value={s.prefill} min={LIMITS.prefill[0]} max={LIMITS.prefill[1]} step={256} unit="tokens" format={fmtInt} onCommit={(prefill) => set({ prefill })} />
    </div>
  );
}

import { useCallback } from 'react';
import { ChoiceField } from '../kit/ChoiceField.tsx';
import { SliderField } from '../kit/SliderField.tsx';
import { StepperField } from '../kit/StepperField.tsx';
import {
  ACC_LIMITS,
  BS_CHOICES,
  DECAY_CHOICES,
  defaultAccPercent,
  type DraftChoice,
  DRAFT_MODELS,
  GPU_CHOICES,
  type GpuChoice,
  K_CHOICES,
  SPECULATIVE_METHODS,
  type SpecSettings,
  type SpeculativeMethod,
  TARGET,
} from '../../../widget-models/spec-decoding/settings.ts';
import { fixed2 } from './format.ts';
import { Spec, updateSettings } from './store.ts';

const METHOD_LABELS: Record<SpeculativeMethod, string> = {
  ngram: 'ngram: prompt lookup on the CPU',
  draft_model: 'draft_model: a small LM of the same family',
  eagle: 'eagle: EAGLE head on the target’s hidden states',
  eagle3: 'eagle3: EAGLE-3 head',
  mtp: 'mtp: the model’s own MTP layer',
};

/** Draft-model checkpoints the config snippet names (the vLLM docs' EAGLE-3 example uses the RedHatAI one). */
const DRAFTER_CHECKPOINT: Partial<Record<SpeculativeMethod, string>> = {
  eagle: 'yuhuili/EAGLE-LLaMA3.1-Instruct-8B',
  eagle3: 'RedHatAI/Llama-3.1-8B-Instruct-speculator.eagle3',
};

function useSet() {
  const api = Spec.useWidgetApi();
  return useCallback((patch: Partial<SpecSettings>) => updateSettings(api, patch), [api]);
}

/** The `vllm serve` line for the settings. */
export function serveCommand(s: SpecSettings): string {
  const cfg: Record<string, string | number> = { method: s.method };
  const model = s.method === 'draft_model' ? DRAFT_MODELS.find((d) => d.id === s.draft)?.name : DRAFTER_CHECKPOINT[s.method];
  if (model) cfg.model = model;
  cfg.num_speculative_tokens = s.k;
  return `vllm serve ${TARGET.name} --max-num-seqs ${s.batchSize} \\\n  --speculative-config '${JSON.stringify(cfg).replace(/,/g, ', ').replace(/:/g, ': ')}'`;
}

/** The drafter: method, k, the acceptance it achieves; each named by what it sets. */
export function DrafterControls() {
  const s = Spec.useWidget((st) => st.settings);
  const set = useSet();
  return (
    <div className="sd-fields">
      <ChoiceField<SpeculativeMethod>
        label="Drafter"
        field={
          <>
            <code>--speculative-config</code> <code>"method"</code> (acceptance resets to this model’s assumption for it)
          </>
        }
        value={s.method}
        options={SPECULATIVE_METHODS.map((m) => [m, METHOD_LABELS[m]])}
        onChange={(method) => set({ method, acceptancePercent: defaultAccPercent(method) })}
      />
      <StepperField label="Draft tokens per step" field={<code>"num_speculative_tokens"</code>} value={s.k} values={K_CHOICES} unit={s.k === 1 ? 'token' : 'tokens'} onChange={(k) => set({ k })} />
      <SliderField
        label={s.decay < 100 ? 'Acceptance at position 1' : 'Acceptance rate α'}
        field={<>not a flag: how often the target agrees with the drafter on this text; vLLM reports it as accepted ÷ draft tokens</>}
        value={s.acceptancePercent}
        min={ACC_LIMITS[0]}
        max={ACC_LIMITS[1]}
        step={5}
        unit=""
        format={(v) => fixed2(v / 100)}
        onCommit={(acc) => set({ acceptancePercent: acc })}
      />
      <ChoiceField<string>
        label="Later positions"
        field={<>conditional acceptance of each draft position relative to the one before</>}
        value={String(s.decay)}
        options={DECAY_CHOICES.map((d) => [String(d), d === 100 ? 'the same at every position (i.i.d.)' : `× ${fixed2(d / 100)} per position`])}
        onChange={(v) => set({ decay: Number(v) })}
      />
      {s.method === 'draft_model' ? (
        <ChoiceField<string>
          label="Draft model"
          field={<code>"model"</code>}
          value={String(s.draft)}
          options={DRAFT_MODELS.map((d) => [String(d.id), `${d.name} (${d.paramsB} B)`])}
          onChange={(v) => set({ draft: Number(v) as DraftChoice })}
        />
      ) : null}
    </div>
  );
}

/** The load and the hardware. */
export function ServingControls() {
  const s = Spec.useWidget((st) => st.settings);
  const set = useSet();
  return (
    <div className="sd-fields">
      <StepperField label="Batch size" field={<><code>--max-num-seqs</code>; every request arrives at once</>} value={s.batchSize} values={BS_CHOICES} unit={s.batchSize === 1 ? 'request' : 'requests'} onChange={(bs) => set({ batchSize: bs })} />
      <ChoiceField<GpuChoice> label="GPU" field={<>prices every step for {TARGET.name}, bf16, TP 1</>} value={s.gpu} options={GPU_CHOICES.map((g) => [g.id, g.label])} onChange={(gpu) => set({ gpu })} />
    </div>
  );
}

/** The command line a deployment would use for these settings. */
export function ServeCommand() {
  const s = Spec.useWidget((st) => st.settings);
  return (
    <div className="sd-command">
      <p className="widget-hint">
        The same settings on a vLLM 0.33 command line{s.method === 'mtp' ? ' (MTP needs a model that ships an MTP layer, such as DeepSeek-V3; Llama 3.1 has none, so this one is only priced like it)' : ''}:
      </p>
      <pre tabIndex={0}>
        <code>{serveCommand(s)}</code>
      </pre>
    </div>
  );
}

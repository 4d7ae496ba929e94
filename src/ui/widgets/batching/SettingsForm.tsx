import { useCallback, useId, useMemo } from 'react';
import { performAction } from '../kit/actions.ts';
import { NumberField } from '../kit/NumberField.tsx';
import { SliderField } from '../kit/SliderField.tsx';
import { BATCH_ACTIONS, minBlocks } from './actions.ts';
import { memoryPlanFor } from '../../../widget-models/batching/engineSetup.ts';
import { BLOCK_SIZE, BURST_CHOICES, LENGTH_KINDS, LIMITS, MML_CHOICES, RATE_CHOICES, type BatchWidgetSettings, type LengthKind, runSettingsOf } from '../../../widget-models/batching/settings.ts';
import { fmtInt } from './selectors.ts';
import { Batch, updateSettings } from './store.ts';

const KIND_LABEL: Readonly<Record<LengthKind, string>> = {
  fixed: 'fixed',
  uniform: 'uniform, ±50 % of the mean',
  lognormal: 'log-normal (σ 1), long tail',
  sharegpt: 'ShareGPT-like (mean ignored)',
};

const BURST_LABEL: Readonly<Record<number, string>> = { 0.25: '0.25 (very bursty)', 0.5: '0.5 (bursty)', 1: '1 (Poisson)', 2: '2 (smoother)', 4: '4 (nearly even)' };

function Select<T extends string | number>({ label, value, options, onChange, hint }: { label: React.ReactNode; value: T; options: readonly { value: T; text: string }[]; onChange: (v: T) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="widget-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => {
          const hit = options.find((o) => String(o.value) === e.currentTarget.value);
          if (hit) onChange(hit.value);
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.text}
          </option>
        ))}
      </select>
      {hint ? <span className="widget-hint">{hint}</span> : null}
    </div>
  );
}

/** Every setting of the scenario. Each change re-runs both schedulers from the start. */
export function SettingsForm() {
  const api = Batch.useWidgetApi();
  const s = Batch.useWidget((st) => st.settings);
  const set = useCallback((patch: Partial<BatchWidgetSettings>) => updateSettings(api, patch), [api]);
  const polId = useId();
  const asyncId = useId();
  const plan = useMemo(() => memoryPlanFor(runSettingsOf(s)), [s]);
  const kinds = LENGTH_KINDS.map((k) => ({ value: k, text: KIND_LABEL[k] }));
  return (
    <div className="cb-settings">
      <fieldset>
        <legend>Workload</legend>
        <NumberField label="Requests" value={s.numPrompts} min={LIMITS.numPrompts[0]} max={LIMITS.numPrompts[1]} onCommit={useCallback((n: number) => set({ numPrompts: n }), [set])} />
        <Select label="Arrival rate (requests/s; keys A, Z)" value={s.rate} options={RATE_CHOICES.map((r) => ({ value: r, text: r === 0 ? 'all at once' : String(r) }))} onChange={(rate) => set({ rate })} />
        <Select
          label={
            <>
              Burstiness (<code>--burstiness</code>)
            </>
          }
          value={s.burstiness}
          options={BURST_CHOICES.map((b) => ({ value: b, text: BURST_LABEL[b] ?? String(b) }))}
          onChange={(burst) => set({ burstiness: burst })}
          hint="Gamma-distributed gaps with this shape, as vllm bench serve draws them."
        />
        <Select label="Prompt lengths" value={s.promptLengthKind} options={kinds} onChange={(pd) => set({ promptLengthKind: pd })} />
        <NumberField label="Prompt mean (tokens)" value={s.promptLength} min={LIMITS.promptLength[0]} max={LIMITS.promptLength[1]} onCommit={useCallback((pm: number) => set({ promptLength: pm }), [set])} />
        <Select label="Output lengths" value={s.outputLengthKind} options={kinds} onChange={(od) => set({ outputLengthKind: od })} />
        <NumberField label="Output mean (tokens)" value={s.outputLength} min={LIMITS.outputLength[0]} max={LIMITS.outputLength[1]} onCommit={useCallback((om: number) => set({ outputLength: om }), [set])} hint="max_tokens = the drawn length, as vllm bench sets it." />
        <NumberField label="Seed (key S: next)" value={s.seed} min={LIMITS.seed[0]} max={LIMITS.seed[1]} onCommit={useCallback((seed: number) => set({ seed }), [set])} />
      </fieldset>
      <fieldset>
        <legend>Scheduler</legend>
        <NumberField
          label={
            <>
              <code>--max-num-seqs</code>
            </>
          }
          value={s.maxNumSeqs}
          min={LIMITS.maxNumSeqs[0]}
          max={LIMITS.maxNumSeqs[1]}
          onCommit={useCallback((mns: number) => set({ maxNumSeqs: mns }), [set])}
          hint="Most requests in the running batch (static batching uses it as its batch size)."
        />
        <NumberField
          label={
            <>
              <code>--max-num-batched-tokens</code> (keys G, H)
            </>
          }
          value={s.maxNumBatchedTokens}
          min={LIMITS.maxNumBatchedTokens[0]}
          max={LIMITS.maxNumBatchedTokens[1]}
          onCommit={useCallback((mbt: number) => set({ maxNumBatchedTokens: mbt }), [set])}
          hint="The token budget of one step."
        />
        <NumberField
          label={
            <>
              <code>--long-prefill-token-threshold</code>
            </>
          }
          value={s.longPrefillTokenThreshold}
          min={LIMITS.longPrefillTokenThreshold[0]}
          max={LIMITS.longPrefillTokenThreshold[1]}
          onCommit={useCallback((lpt: number) => set({ longPrefillTokenThreshold: lpt }), [set])}
          hint="Most tokens one request may take in a step; 0 = off (the default)."
        />
        <div className="widget-field widget-check">
          <input id={polId} type="checkbox" checked={s.schedulingPolicy === 'priority'} onChange={() => performAction(BATCH_ACTIONS, 'toggle-policy', api)} />
          <label htmlFor={polId}>
            Priority policy (<code>--scheduling-policy priority</code>, key P); off = FCFS
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>CPU and async scheduling</legend>
        <SliderField
          label="CPU time per step"
          field="scheduling + input preparation + output processing (assumed, the same every step)"
          value={s.cpuUsPerStep / 1000}
          min={0}
          max={LIMITS.cpuUsPerStep[1] / 1000}
          step={0.1}
          unit="ms"
          format={(v) => v.toFixed(1)}
          onCommit={useCallback((v: number) => set({ cpuUsPerStep: Math.round(v * 1000) }), [set])}
        />
        <div className="widget-field widget-check">
          <input id={asyncId} type="checkbox" checked={s.asyncScheduling} onChange={() => set({ asyncScheduling: !s.asyncScheduling })} />
          <label htmlFor={asyncId}>
            Async scheduling (<code>--async-scheduling</code>, on by default since v0.14.0): the CPU prepares step n+1 while the GPU
            runs step n, so a step lasts max(CPU, GPU) instead of CPU + GPU
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Memory</legend>
        <NumberField
          label={
            <>
              KV blocks (<code>--num-gpu-blocks-override</code>; keys −, =)
            </>
          }
          value={s.numGpuBlocks}
          min={LIMITS.numGpuBlocks[0]}
          max={LIMITS.numGpuBlocks[1]}
          onCommit={useCallback((kvb: number) => set({ numGpuBlocks: kvb }), [set])}
          hint={`${fmtInt(s.numGpuBlocks - 1)} usable × ${BLOCK_SIZE} tokens = ${fmtInt((s.numGpuBlocks - 1) * BLOCK_SIZE)} token slots; at least ${fmtInt(minBlocks(s.maxModelLen))} for this max_model_len.${plan && !plan.problem ? ` The chosen GPU would have ${fmtInt(plan.numGpuBlocks)}; fewer here show the effects at small scale (like --num-gpu-blocks-override).` : ''}`}
        />
        <Select
          label={
            <>
              <code>--max-model-len</code>
            </>
          }
          value={s.maxModelLen}
          options={MML_CHOICES.map((m) => ({ value: m, text: fmtInt(m) }))}
          onChange={(mml) => set({ maxModelLen: mml })}
        />
      </fieldset>
    </div>
  );
}

import { useCallback } from 'react';
import { WORKLOADS, type PatternId, type WorkloadId } from '../../../sim/patterns/index.ts';
import { DURATION_CHOICES, GPU_CHOICES, LIMITS, MODEL_CHOICES, PATTERN_IDS, POINT_CHOICES, type LoadTestSettings, type ModelChoice, type SecondPattern, WORKLOAD_IDS } from '../../../widget-models/load-test/settings.ts';
import { ChoiceField } from '../kit/ChoiceField.tsx';
import { SliderField } from '../kit/SliderField.tsx';
import { StepperField } from '../kit/StepperField.tsx';
import { longName } from './names.ts';
import { LoadTest, updateSettings } from './store.ts';

function useSet() {
  const api = LoadTest.useWidgetApi();
  return useCallback((patch: Partial<LoadTestSettings>) => updateSettings(api, patch), [api]);
}

const workloadLabel = (id: WorkloadId) => WORKLOADS.find((w) => w.id === id)?.label ?? id;

/** The two patterns and the workload: what is compared. */
export function WhatControls() {
  const s = LoadTest.useWidget((st) => st.settings);
  const set = useSet();
  return (
    <div className="lt-fields">
      <ChoiceField<PatternId> label="Pattern A (circles)" value={s.patternA} options={PATTERN_IDS.map((id) => [id, longName(id)])} onChange={(a) => set({ patternA: a })} />
      <ChoiceField<SecondPattern> label="Pattern B (squares)" value={s.patternB} options={[['none', 'None'], ...PATTERN_IDS.map((id) => [id, longName(id)] as const)]} onChange={(b) => set({ patternB: b })} />
      <ChoiceField<WorkloadId> label="Workload" field={<>objectives: TTFT and ITL per the workload</>} value={s.workload} options={WORKLOAD_IDS.map((id) => [id, workloadLabel(id)])} onChange={(workload) => set({ workload })} />
    </div>
  );
}

/** The sweep itself and the hardware: what a benchmark run would set. */
export function SweepControls() {
  const s = LoadTest.useWidget((st) => st.settings);
  const set = useSet();
  return (
    <div className="lt-fields">
      <SliderField
        label="Top rate"
        field={
          <>
            the highest <code>--request-rate</code>; the sweep runs {s.points} evenly spaced rates up to it
          </>
        }
        value={s.maxQps}
        min={LIMITS.maxQps[0]}
        max={LIMITS.maxQps[1]}
        unit="req/s"
        onCommit={(maxQps) => set({ maxQps })}
      />
      <StepperField label="Rates in the sweep" value={s.points} values={POINT_CHOICES} unit="rates" onChange={(points) => set({ points })} />
      <StepperField label="Seconds per rate" field={<>GuideLLM’s <code>max_duration</code> constraint</>} value={s.durationS} values={DURATION_CHOICES} unit="s" onChange={(durationS) => set({ durationS })} />
      <ChoiceField<ModelChoice> label="Model" field={<><code>--model</code></>} value={s.model} options={MODEL_CHOICES.map((m) => [m.id, m.label])} onChange={(model) => set({ model })} />
      <StepperField label="GPU budget" field={<>H100 80 GB; each replica at the smallest <code>--tensor-parallel-size</code> that fits</>} value={s.gpus} values={GPU_CHOICES} unit="GPUs" onChange={(gpus) => set({ gpus })} />
    </div>
  );
}

import { useId, useMemo, type ReactNode } from 'react';
import { GPUS } from '../../sim/cost/catalog/gpus.ts';
import { MODELS } from '../../sim/cost/catalog/models.ts';
import { hardwareEstimate } from '../../sim/cost/hardwareEstimate.ts';
import { kvBytesPerToken } from '../../sim/cost/memoryPlanner.ts';
import type { GpuCoefficients, GpuSpec, HardwareSelection, KvDtype, ModelArch, WeightDtype } from '../../sim/cost/types.ts';
import { CalibrationImport, type ImportedGpu } from './CalibrationImport.tsx';
import { fmtBytes, fmtInt, fmtNum, fmtUs } from './format.ts';
import { InfoTip } from './InfoTip.tsx';
import { MemoryBar } from './MemoryBar.tsx';
import { ModelConfigImport } from './ModelConfigImport.tsx';
import { NumberInput } from './NumberInput.tsx';
import './HardwarePanel.css';

const WEIGHT_DTYPES: readonly { value: WeightDtype; label: string }[] = [
  { value: 'bf16', label: 'bf16' },
  { value: 'fp8', label: 'fp8 (W8A8)' },
  { value: 'int8', label: 'int8' },
  { value: 'int4-awq', label: 'int4 AWQ' },
  { value: 'int4-gptq', label: 'int4 GPTQ' },
];
const KV_DTYPES: readonly { value: KvDtype; label: string }[] = [
  { value: 'bf16', label: 'auto (bf16)' },
  { value: 'fp8', label: 'fp8' },
];

export interface HardwarePanelProps {
  readonly value: HardwareSelection;
  readonly onChange: (next: HardwareSelection) => void;
  /** User-defined models shown before the catalog. */
  readonly customModels?: readonly ModelArch[];
  /** Imported GPUs and their fitted coefficients. */
  readonly importedGpus?: readonly ImportedGpu[];
  /** When given, the panel offers "add model from config.json". */
  readonly onAddModel?: (model: ModelArch) => void;
  /** When given, the panel offers "import GPU calibration". */
  readonly onImportGpu?: (gpu: ImportedGpu) => void;
  readonly title?: string;
  readonly headingLevel?: 2 | 3 | 4;
}

function Field({ label, htmlFor, children, hint }: { label: string; htmlFor: string; children: ReactNode; hint?: string }) {
  return (
    <div className="hw-field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hint ? <span className="hw-hint">{hint}</span> : null}
    </div>
  );
}

/**
 * "Hardware & model": pick model, GPU, tensor parallelism and dtypes; see the memory plan
 * (as vLLM sizes it), the KV blocks it yields and the predicted decode step and tokens/s.
 * Controlled: the widget that embeds it owns `value` (its store or URL).
 */
export function HardwarePanel({ value, onChange, customModels = [], importedGpus = [], onAddModel, onImportGpu, title = 'Hardware & model', headingLevel = 3 }: HardwarePanelProps) {
  const uid = useId();
  const ids = (k: string) => `${uid}-${k}`;
  const H = `h${headingLevel}` as const;
  const gpus: readonly GpuSpec[] = useMemo(() => [...importedGpus.map((g) => g.gpu), ...GPUS], [importedGpus]);
  const coefficients = useMemo(() => Object.fromEntries(importedGpus.map((g) => [g.gpu.id, g.coefficients])) as Record<string, GpuCoefficients>, [importedGpus]);
  const est = useMemo(
    () => hardwareEstimate(value, { models: customModels, gpus: importedGpus.map((g) => g.gpu), coefficients }),
    [value, customModels, importedGpus, coefficients],
  );
  const set = <K extends keyof HardwareSelection>(k: K, v: HardwareSelection[K]) => onChange({ ...value, [k]: v });
  const { plan, decode, notes, gpu, model } = est;
  const fp8Note = value.weightDtype === 'fp8' && gpu.fp8Tflops === null ? `${gpu.name} has no FP8 tensor cores: runs as W8A16.` : undefined;

  return (
    <section className="hw-panel" aria-labelledby={ids('title')}>
      <H id={ids('title')} className="hw-title">
        {title}
      </H>
      <div className="hw-controls">
        <Field label="Model" htmlFor={ids('model')}>
          <select id={ids('model')} value={model.id} onChange={(e) => set('modelId', e.target.value)}>
            {customModels.length > 0 ? (
              <optgroup label="Your models">
                {customModels.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label="Catalog">
              {MODELS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.moe ? ' (MoE)' : ''}
                </option>
              ))}
            </optgroup>
          </select>
        </Field>
        <Field label="GPU" htmlFor={ids('gpu')}>
          <select id={ids('gpu')} value={gpu.id} onChange={(e) => set('gpuId', e.target.value)}>
            {gpus.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
                {g.calibration === 'estimated' ? ' — estimated from spec sheet' : g.calibration === 'imported' ? ' — your calibration' : ' — measured'}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Tensor parallel (GPUs)" htmlFor={ids('tp')} hint={est.tpProblem ?? undefined}>
          <select id={ids('tp')} value={value.tp} onChange={(e) => set('tp', Number(e.target.value))}>
            {est.tpOptions.map((o) => (
              <option key={o.tp} value={o.tp} disabled={o.problem !== null}>
                TP{o.tp}
                {o.problem ? ' (not possible)' : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Weights" htmlFor={ids('wdt')} hint={fp8Note}>
          <select id={ids('wdt')} value={value.weightDtype} onChange={(e) => set('weightDtype', e.target.value as WeightDtype)}>
            {WEIGHT_DTYPES.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="KV cache dtype" htmlFor={ids('kvdt')}>
          <select id={ids('kvdt')} value={value.kvDtype} onChange={(e) => set('kvDtype', e.target.value as KvDtype)}>
            {KV_DTYPES.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="gpu_memory_utilization" htmlFor={ids('util')}>
          <NumberInput id={ids('util')} value={value.gpuMemoryUtilization} min={0.1} max={1} step={0.01} onChange={(v) => set('gpuMemoryUtilization', v)} />
        </Field>
        <Field label="Decode batch (sequences)" htmlFor={ids('batch')}>
          <NumberInput id={ids('batch')} value={value.batch} min={1} max={4096} step={1} integer onChange={(v) => set('batch', v)} />
        </Field>
        <Field label="Context per sequence (tokens)" htmlFor={ids('ctx')}>
          <NumberInput id={ids('ctx')} value={value.contextTokens} min={1} max={model.maxPositionEmbeddings} step={1} integer onChange={(v) => set('contextTokens', v)} />
        </Field>
      </div>

      {est.tpProblem ? (
        <p className="hw-problem" role="status">
          <strong>Not possible:</strong> {est.tpProblem}
        </p>
      ) : null}

      {plan ? (
        <>
          <MemoryBar plan={plan} />
          {plan.problem ? (
            <p className="hw-problem" role="status">
              <strong>vLLM would not start:</strong> {plan.problem}
            </p>
          ) : null}
          <dl className="hw-figures">
            <Figure label="Weights per GPU" value={fmtBytes(plan.weightBytes)} note={notes.memory} />
            <Figure label="Activations + overhead" value={fmtBytes(plan.activationBytes)} note={notes.activations} />
            <Figure label="KV bytes per token" value={`${fmtBytes(kvBytesPerToken(model, value.kvDtype))} (${fmtBytes(plan.kvBytesPerTokenPerGpu)} per GPU)`} note={notes.kv} />
            <Figure label="KV blocks (16 tokens)" value={`${fmtInt(plan.numGpuBlocks)} = ${fmtInt(plan.kvCacheTokens)} tokens`} note={notes.kv} />
            <Figure label={`Sequences of ${fmtInt(value.contextTokens)} tokens that fit`} value={fmtNum(plan.numGpuBlocks / Math.ceil(Math.max(1, value.contextTokens) / plan.blockSize))} note={notes.kv} />
            <Figure label="Largest max_model_len that fits" value={fmtInt(plan.maxModelLenThatFits)} note={notes.kv} />
            {decode ? (
              <>
                <Figure label={`Decode step at batch ${fmtInt(value.batch)}`} value={fmtUs(decode.stepUs)} note={notes.step} />
                <Figure label="Throughput" value={`${fmtInt(decode.tokensPerSecond)} tokens/s (${fmtNum(decode.perUserTokensPerSecond)} per sequence)`} note={notes.step} />
                {value.tp > 1 ? <Figure label="All-reduce per layer" value={fmtUs(decode.commUs)} note={notes.comm} /> : null}
              </>
            ) : null}
          </dl>
          {value.batch * value.contextTokens > plan.kvCacheTokens ? (
            <p className="hw-warn" role="status">
              Note: {fmtInt(value.batch)} sequences × {fmtInt(value.contextTokens)} tokens need more KV than fits; vLLM would queue or preempt some. Time is shown as if they ran.
            </p>
          ) : null}
        </>
      ) : null}

      {onAddModel || onImportGpu ? (
        <div className="hw-imports">
          {onAddModel ? <ModelConfigImport onAdd={onAddModel} /> : null}
          {onImportGpu ? <CalibrationImport onImport={onImportGpu} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note: { kind: 'measured' | 'fitted' | 'estimated' | 'computed'; text: string } }) {
  return (
    <div className="hw-figure">
      <dt>{label}</dt>
      <dd>
        <span className="hw-value">{value}</span> <InfoTip kind={note.kind} text={note.text} label={label} />
      </dd>
    </div>
  );
}

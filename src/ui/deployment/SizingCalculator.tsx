/**
 * The sizing calculator: model, GPU, context, workload, rate and latency objectives → the fewest
 * replicas (and GPUs) that meet the objectives on the course's cluster model, with every trial and
 * every assumption shown. The search runs in the simulation worker.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { GPUS, MODELS } from '../../sim/cost/index.ts';
import { DEFAULT_DURATION_S, MIN_FULL_SEQUENCES, WORKLOADS, type CapacityQuery, type WorkloadId } from '../../sim/patterns/index.ts';
import { sizingModel, type SizingRun } from '../../widget-models/sizing/model.ts';
import { setChoices, useDeployment } from '../../state/deploymentStore.ts';
import { ChoiceField } from '../widgets/kit/ChoiceField.tsx';
import { createModelRunner, type ModelRunner } from '../widgets/kit/modelRunner.ts';
import { SliderField } from '../widgets/kit/SliderField.tsx';
import { StepperField } from '../widgets/kit/StepperField.tsx';
import { useNearViewport } from '../widgets/kit/useNearViewport.ts';
import '../widgets/kit/widget.css';
import './deployment.css';

const CONTEXTS = [4096, 8192, 16384, 32768, 65536, 131072] as const;
const MAX_GPUS = 64;
const EMPTY: SizingRun = { trials: [], plan: null, error: null };

const fmtS = (s: number) => (s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(0)} s`);
const fmtK = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

export function SizingCalculator() {
  const ids = useId();
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref);
  const plan = useDeployment((s) => s.choices);
  const [q, setQ] = useState<CapacityQuery>(() => ({
    modelId: plan.modelId,
    gpuId: plan.gpuId,
    workload: 'chat',
    qps: plan.qps,
    ttftP90S: 1,
    itlP90Ms: 50,
    maxModelLen: plan.maxModelLen,
    router: plan.route === 'llmisvc' ? 'prefix-aware' : 'round-robin',
    maxGpus: MAX_GPUS,
    durationS: DEFAULT_DURATION_S,
    seed: 1,
  }));
  const [run, setRun] = useState<SizingRun>(EMPTY);
  const [applied, setApplied] = useState(false);
  const runner = useRef<ModelRunner | null>(null);

  useEffect(() => {
    if (!near) return;
    runner.current ??= createModelRunner();
    const cancel = runner.current.run(sizingModel, q, (sim) => setRun({ trials: [...sim.trials], plan: sim.plan, error: sim.error }));
    return cancel;
  }, [near, q]);
  useEffect(() => () => runner.current?.dispose(), []);

  const set = (patch: Partial<CapacityQuery>) => {
    setApplied(false);
    setRun(EMPTY);
    setQ((prev) => ({ ...prev, ...patch }));
  };
  const answer = run.plan?.answer ?? null;
  const replica = run.plan?.replica ?? null;
  const wl = WORKLOADS.find((w) => w.id === q.workload);
  const gpu = GPUS.find((g) => g.id === q.gpuId);
  const model = MODELS.find((m) => m.id === q.modelId);
  const computing = !run.plan && !run.error;

  function useInPlan() {
    if (!answer) return;
    const r = answer.replicas;
    const prefix = q.router === 'prefix-aware';
    setChoices({
      modelId: q.modelId,
      gpuId: q.gpuId,
      maxModelLen: run.plan?.maxModelLen ?? q.maxModelLen,
      qps: q.qps,
      minReplicas: r,
      maxReplicas: r,
      pattern: prefix ? 'caching-first' : r === 1 ? 'single-instance' : 'replicated',
      route: prefix ? 'llmisvc' : plan.route === 'llmisvc' ? 'isvc-standard' : plan.route,
    });
    setApplied(true);
  }

  return (
    <section ref={ref} className="dp-calc" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="dp-calc-title">
        Sizing calculator
      </h3>
      <p className="dp-calc-lede">
        Set the model, the traffic and the latency you promise; the calculator runs the course’s cluster model on 1, 2, 4 … replicas and narrows down to the fewest that keep both 90th percentiles within your objectives.
      </p>
      <div className="dp-calc-grid">
        <div className="dp-calc-result" aria-live="polite" aria-busy={computing}>
          {run.error ? (
            <p className="dp-problem" role="alert">
              These settings cannot be sized: {run.error}
            </p>
          ) : answer && replica ? (
            <>
              <p className="dp-answer">
                <strong>
                  {answer.replicas} replica{answer.replicas === 1 ? '' : 's'} × {replica.tp} GPU{replica.tp === 1 ? '' : 's'} = {answer.gpus} GPU{answer.gpus === 1 ? '' : 's'}
                </strong>{' '}
                ({gpu?.name ?? q.gpuId})
              </p>
              <p className="dp-answer-detail">
                At {q.qps} requests/s: TTFT p90 {fmtS(answer.ttftP90S)} (objective {fmtS(q.ttftP90S)}), ITL p90 {answer.itlP90Ms.toFixed(1)} ms (objective {q.itlP90Ms} ms); {(answer.sloAttainment * 100).toFixed(0)} % of requests met both; prefix-cache hit rate {(answer.prefixHitRate * 100).toFixed(0)} %.
              </p>
              <button type="button" className="btn btn-primary" onClick={useInPlan}>
                Use {answer.replicas} replica{answer.replicas === 1 ? '' : 's'} in my deployment plan
              </button>
              <span role="status" className="dp-applied">
                {applied ? 'Saved to your plan: the deployment plan in “Storage and deploying a model” starts from it.' : ''}
              </span>
            </>
          ) : run.plan ? (
            <p className="dp-problem">{run.plan.reason}</p>
          ) : (
            <p className="dp-computing">{near ? `Running the cluster model… ${run.trials.length} trial${run.trials.length === 1 ? '' : 's'} so far.` : 'The calculator runs when you scroll to it.'}</p>
          )}
          <table className="dp-trials">
            <caption>Trials, in the order they ran</caption>
            <thead>
              <tr>
                <th scope="col">Replicas</th>
                <th scope="col">GPUs</th>
                <th scope="col">TTFT p90</th>
                <th scope="col">ITL p90</th>
                <th scope="col">Meets both</th>
              </tr>
            </thead>
            <tbody>
              {run.trials.map((t) => (
                <tr key={t.replicas} className={t.meets ? 'dp-meets' : undefined}>
                  <td>{t.replicas}</td>
                  <td>{t.gpus}</td>
                  <td>{fmtS(t.ttftP90S)}</td>
                  <td>{t.itlP90Ms.toFixed(1)} ms</td>
                  <td>{t.meets ? 'yes' : 'no'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form className="dp-calc-controls" aria-label="Sizing inputs" onSubmit={(e) => e.preventDefault()}>
          <ChoiceField label="Model" value={q.modelId} options={MODELS.map((m) => [m.id, m.name] as const)} onChange={(modelId) => set({ modelId })} />
          <ChoiceField label="GPU" value={q.gpuId} options={GPUS.map((g) => [g.id, g.name] as const)} onChange={(gpuId) => set({ gpuId })} />
          <StepperField label="Context length" field="--max-model-len" value={q.maxModelLen} values={CONTEXTS} unit="tokens" format={fmtK} onChange={(maxModelLen) => set({ maxModelLen })} />
          <ChoiceField<WorkloadId> label="Workload" value={q.workload} options={WORKLOADS.map((w) => [w.id, w.label] as const)} onChange={(workload) => set({ workload })} />
          <SliderField label="Request rate" value={q.qps} min={1} max={100} unit="requests/s" onCommit={(qps) => set({ qps })} />
          <SliderField label="TTFT objective (p90)" value={q.ttftP90S} min={0.2} max={10} step={0.1} unit="s" format={(v) => v.toFixed(1)} onCommit={(ttftP90S) => set({ ttftP90S })} />
          <SliderField label="ITL objective (p90)" value={q.itlP90Ms} min={10} max={200} step={5} unit="ms" onCommit={(itlP90Ms) => set({ itlP90Ms })} />
          <ChoiceField
            label="Routing"
            field="plain Service vs llm-d Endpoint Picker"
            value={q.router}
            options={[
              ['round-robin', 'Round robin (a Kubernetes Service)'],
              ['prefix-aware', 'Prefix-aware (llm-d)'],
            ]}
            onChange={(router) => set({ router })}
          />
        </form>
      </div>
      <details className="dp-assumptions">
        <summary>Assumptions behind the answer</summary>
        <ul>
          {replica ? (
            <>
              <li>
                One replica is {model?.name ?? q.modelId} in bf16 on {replica.tp} × {gpu?.name ?? q.gpuId} (tensor parallel {replica.tp}: the smallest degree whose KV cache holds {MIN_FULL_SEQUENCES} full {fmtK(replica.maxModelLen)}-token sequences).
              </li>
              <li>
                Per GPU: {replica.gpuMemoryGiB} GiB, of which vLLM takes {Math.round(replica.gpuMemoryUtilization * 100)} %; weights {replica.weightsPerGpuGiB.toFixed(1)} GiB. The replica’s KV cache holds {fmtK(replica.kvCacheTokens)} tokens ({replica.fullSequences} full-length sequences), in blocks of {replica.blockSize}.
              </li>
              <li>
                vLLM flags: --max-num-seqs {replica.maxNumSeqs}, --max-num-batched-tokens {fmtK(replica.maxNumBatchedTokens)}, chunked prefill and prefix caching on.
              </li>
            </>
          ) : null}
          <li>
            Workload “{wl?.label ?? q.workload}”: {wl?.shape ?? ''}. Each trial simulates {q.durationS ?? DEFAULT_DURATION_S} s of arrivals (seed {q.seed ?? 1}) and lets the requests in flight finish.
          </li>
          <li>Step times come from the cost model calibrated on measured H100 and H200 runs; other GPUs are estimated from their datasheets.</li>
          <li>
            The model simplifies: no preemption (each request reserves KV for its whole answer when admitted), no network time inside the cluster, no failures, every replica warm. Leave headroom: plan for peaks and for losing a node, and confirm with a load test.
          </li>
        </ul>
      </details>
    </section>
  );
}

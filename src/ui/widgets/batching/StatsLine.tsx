import { contStepAt, frameTime } from '../../../widget-models/batching/frames.ts';
import { DEFAULT_SETTINGS } from '../../../widget-models/batching/settings.ts';
import { fmtInt, formatTime } from './selectors.ts';
import { useFrameView } from './useFrameView.ts';

/** One line of the continuous engine's state at the frame on screen, as vLLM's gauges report it. */
export function StatsLine({ id }: { readonly id: string }) {
  const { sim, frame } = useFrameView();
  const step = contStepAt(sim, frame);
  if (sim.error) return null;
  if (!sim.cont) return <p id={id} className="cb-stats muted">Computing…</p>;
  const budget = sim.config?.maxNumBatchedTokens ?? 0;
  // Decided by the settings alone (async off, or CPU time changed from the default), so the line
  // keeps its size while the run is computed and played; at the defaults the CPU always hides.
  const showIdle = !sim.settings.asyncScheduling || sim.settings.cpuUsPerStep !== DEFAULT_SETTINGS.cpuUsPerStep;
  return (
    <p id={id} className="cb-stats">
      <span>{formatTime(frameTime(sim, frame))}</span>
      <span>Continuous step {step ? step.index + 1 : 0}</span>
      <span title="vllm:num_requests_running">{step?.running ?? 0} running</span>
      <span title="vllm:num_requests_waiting">{step?.waiting.length ?? 0} waiting</span>
      <span>
        {fmtInt(step?.tokens ?? 0)} / {fmtInt(budget)} budget tokens
      </span>
      <span title="vllm:kv_cache_usage_perc">KV usage {((step?.kvUsage ?? 0) * 100).toFixed(0)} %</span>
      <span title="vllm:num_preemptions">{step?.cumPreemptions ?? 0} preemptions</span>
      {showIdle ? (
        <span title="GPU idle while the CPU prepared the next step">
          GPU idle {(((step?.cumCpuGapUs ?? 0) / Math.max(1, step?.cumBusyUs ?? 0)) * 100).toFixed(0)} % (CPU gap {((step?.cpuGapUs ?? 0) / 1000).toFixed(2)} ms this step)
        </span>
      ) : null}
    </p>
  );
}

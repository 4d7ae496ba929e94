import type { ColdStartPhase, ColdStartPhaseName } from '../../../sim/autoscale/index.ts';
import { firstColdPod } from '../../../widget-models/autoscaling/timeline.ts';
import { formatDuration } from './format.ts';
import { runOf } from './selectors.ts';
import { Autoscaling } from './store.ts';

const PHASE_LABELS: Record<ColdStartPhaseName, string> = {
  'node-provisioning': 'GPU node provisioned',
  scheduling: 'Scheduling',
  'image-pull': 'Image pull',
  'model-download': 'Model download',
  'load-to-gpu': 'Load to GPU',
  'compile-warmup': 'torch.compile',
  'cuda-graph-capture': 'CUDA-graph capture',
  'readiness-probe': 'Readiness probe',
};

/**
 * One pod's cold start as a waterfall: each phase a bar at its start, as long as it lasts. The
 * first pod the run in focus cold-started; when it started none, a new pod for the same model and
 * storage on a node that has the runtime image.
 */
export function Waterfall() {
  const run = Autoscaling.useWidget((s) => runOf(s, s.settings.focus));
  const reference = Autoscaling.useWidget((s) => s.result.waterfall);
  const pod = run ? firstColdPod(run) : null;
  const phases: readonly ColdStartPhase[] = pod ? pod.phases : reference;
  const start = phases[0]?.startS ?? 0;
  const end = phases.reduce((m, p) => Math.max(m, p.startS + p.durationS), start);
  const total = Math.max(1e-9, end - start);
  const modelGB = run?.capacity.modelGB;
  return (
    <div className="as-waterfall">
      <h4 className="widget-panel-title">
        Cold start: {formatDuration(end - start)}
        {pod ? ` (pod ${pod.id}, created at ${Math.round(pod.createdS)} s)` : ' (a new pod on a node with the image)'}
      </h4>
      <p className="widget-hint as-waterfall-uri">
        <code>storageUri: {run?.config.coldStart.storageUri ?? '…'}</code>
        {modelGB === undefined ? null : ` · ${modelGB.toFixed(1)} GB of bf16 weights`}
      </p>
      <ol className="as-phases">
        {phases.map((p) => (
          <li key={p.phase} className="as-phase" data-phase={p.phase} data-value={p.durationS}>
            <span className="as-phase-name">{PHASE_LABELS[p.phase]}</span>
            <span className="as-phase-track" title={p.note}>
              <span
                className={`as-phase-bar ph-${p.phase}`}
                style={{ left: `${((p.startS - start) / total) * 100}%`, width: `${Math.max(p.durationS > 0 ? 0.6 : 0, (p.durationS / total) * 100)}%` }}
              />
            </span>
            <span className="as-phase-value">{p.durationS > 0 ? formatDuration(p.durationS) : 'none'}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * "What just happened" in a stretch of simulated time: the run's notable moments (panic entered
 * and left, pods created and ready, scale to zero, the activator queue) as plain sentences.
 */
import type { RunEvent, RunEventKind } from '../../../widget-models/autoscaling/timeline.ts';
import type { NarrationEntry } from '../kit/narration.ts';
import { formatDuration } from './format.ts';

const list = (ids: readonly number[]) => (ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`);

function entry(kind: RunEventKind, evs: readonly RunEvent[]): NarrationEntry {
  const first = evs[0] as RunEvent;
  const at = `${Math.round(first.t)} s`;
  const key = `${kind}-${first.t}-${first.value}`;
  switch (kind) {
    case 'panic-start':
      return {
        key,
        tone: 'warn',
        text: `${at}: the KPA entered panic and wants ${first.value} pod${first.value === 1 ? '' : 's'}.`,
        why: 'The 6-second panic average asked for at least panic-threshold-percentage (200 %) of the ready pods. In panic the KPA scales on the short window and never scales down.',
      };
    case 'panic-end':
      return { key, tone: 'ok', text: `${at}: panic ended; the KPA follows the 60-second stable average again.`, why: 'Panic ends once a whole stable window has passed since demand last crossed the threshold.' };
    case 'pod-created':
      return {
        key,
        text: `${at}: ${evs.length === 1 ? `pod ${first.value} created` : `${evs.length} pods created (${list(evs.map((e) => e.value))})`}; the cold start begins.`,
        why: 'A new pod is scheduled, pulls the image if the node lacks it, fetches the weights, loads them to the GPU, compiles and captures CUDA graphs, then waits for its readiness probe.',
      };
    case 'pod-ready':
      return { key, tone: 'ok', text: `${at}: ${evs.length === 1 ? `pod ${first.value} is ready` : `pods ${list(evs.map((e) => e.value))} are ready`} after a ${formatDuration(first.detail)} cold start.` };
    case 'scale-to-zero':
      return { key, text: `${at}: scaled to zero. No pod is left; the activator will hold the next request.`, why: 'After a stable window with no traffic the KPA wants zero; the last pod goes after the grace period and any scale-to-zero-pod-retention-period.' };
    case 'queue-start':
      return { key, tone: 'danger', text: `${at}: requests are waiting at the activator (${first.value} held): no ready pod can take them.` };
    case 'queue-drained':
      return { key, tone: 'ok', text: `${at}: the activator queue drained.` };
  }
}

/**
 * Narration for events in (fromS, toS], newest first, one entry per kind.
 * @param events the run's events in time order (timeline.ts `runEvents`)
 */
export function narrateWindow(events: readonly RunEvent[], fromS: number, toS: number, max = 4): NarrationEntry[] {
  const byKind = new Map<RunEventKind, RunEvent[]>();
  for (const e of events) {
    if (e.t <= fromS) continue;
    if (e.t > toS) break;
    const g = byKind.get(e.kind) ?? [];
    g.push(e);
    byKind.set(e.kind, g);
  }
  const groups = [...byKind.entries()].sort((a, b) => (b[1][0]?.t ?? 0) - (a[1][0]?.t ?? 0));
  return groups.slice(0, max).map(([k, evs]) => entry(k, evs));
}

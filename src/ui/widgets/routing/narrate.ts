/**
 * "What just happened" for a stretch of simulated time on one side: routing decisions, cache
 * hits and tier loads, KV transfers, first tokens — plain sentences with an optional "why".
 */
import { type ClusterTimeline, type RequestTrack, type RoutingDecision } from '../../../sim/cluster/index.ts';
import type { NarrationEntry } from '../kit/narration.ts';
import { formatLatency, groupLabel } from './selectors.ts';
import { groupDigits } from '../../../sim/core/groupDigits.ts';

const n = (x: number) => groupDigits(x);

/** One sentence for a routing decision. */
export function describeDecision(t: ClusterTimeline, track: RequestTrack, d: RoutingDecision): NarrationEntry {
  const name = (p: number) => t.podNames[p] ?? `pod ${p}`;
  const grp = groupLabel(t, track.group);
  const who = `${track.id}${grp ? ` (${grp})` : ''}, ${n(track.promptTokens)}-token prompt`;
  if (d.policy !== 'epp') {
    return {
      key: `routed-${track.index}`,
      text: `${who} → ${name(d.pod)}, by ${d.policy === 'round-robin' ? 'round robin' : 'random choice'}.`,
      why: 'A Kubernetes Service balances connections without reading the request: it cannot know which pod already holds this prompt’s prefix, or which one is busy.',
    };
  }
  const main = d.profiles[0];
  const row = main?.rows.find((r) => r.pod === main.picked);
  const parts = (main?.scorers ?? []).map((s, i) => `${s.type.replace(/-scorer$/, '')} ${(row?.raw[i] ?? 0).toFixed(2)} × ${s.weight}`);
  const pd = d.pd ? (d.prefillPod !== null ? `; prefill on ${name(d.prefillPod)}` : '; prefilled locally (decider said no)') : '';
  return {
    key: `routed-${track.index}`,
    text: `${who} → ${name(d.pod)}${pd}: matched ${n(d.predictedHitBlocks)} of ${n(d.promptBlocks)} prompt blocks there${main?.tie ? ' (a tie, broken at random)' : ''}.`,
    why: `${row ? `Its total was ${row.total.toFixed(2)}: ${parts.join(' + ')}.` : ''} The Endpoint Picker adds each scorer’s 0–1 score times its weight and picks the highest total.`,
  };
}

/** Narration for the requests that arrived, started streaming or loaded KV in (fromUs, toUs]. */
export function narrateWindow(t: ClusterTimeline, fromUs: number, toUs: number, max = 5): NarrationEntry[] {
  const out: NarrationEntry[] = [];
  const tracks = t.tracks;
  // Newest routing decisions first.
  for (let i = tracks.length - 1; i >= 0 && out.length < 2; i--) {
    const tr = tracks[i] as RequestTrack;
    if (tr.arrivalUs > toUs) continue;
    if (tr.arrivalUs <= fromUs) break;
    const d = t.decisions[i];
    if (d) out.push(describeDecision(t, tr, d));
  }
  let firsts = 0;
  let example: RequestTrack | null = null;
  for (const tr of tracks) {
    if (tr.arrivalUs > toUs) break;
    if (tr.firstTokenUs > fromUs && tr.firstTokenUs <= toUs) {
      firsts++;
      if (!example || tr.firstTokenUs - tr.arrivalUs > example.firstTokenUs - example.arrivalUs) example = tr;
      const src = tr.source;
      if (src && src.loadUs > 0 && out.length < max - 1) {
        const loaded = src.cpuTokens + src.storageTokens;
        out.push({
          key: `load-${tr.index}`,
          text: `${tr.id} loaded ${n(loaded)} prompt tokens from ${src.storageTokens > 0 ? (src.cpuTokens > 0 ? 'CPU memory and shared storage' : 'shared storage') : 'CPU memory'} in ${formatLatency(src.loadUs / 1e6)}; recomputing them would take about ${formatLatency(src.recomputeUs / 1e6)}.`,
          tone: 'ok',
        });
      }
      if (tr.transferUs > 0 && out.length < max - 1) {
        out.push({
          key: `xfer-${tr.index}`,
          text: `${tr.id}: its KV moved from ${t.podNames[tr.prefillPod] ?? '?'} to ${t.podNames[tr.pod] ?? '?'} in ${formatLatency(tr.transferUs / 1e6)}.`,
        });
      }
    }
  }
  if (firsts > 0 && example) {
    const src = example.source;
    const cached = src ? src.hbmTokens + src.cpuTokens + src.storageTokens : 0;
    const ttft = (example.firstTokenUs - example.arrivalUs) / 1e6;
    out.push({
      key: `first-${example.index}`,
      text: `${firsts} request${firsts === 1 ? '' : 's'} got a first token; the slowest, ${example.id}, after ${formatLatency(ttft)}${src ? ` (${n(cached)} of ${n(example.promptTokens)} prompt tokens already cached)` : ''}.`,
      tone: ttft > 2 ? 'warn' : 'info',
      ...(ttft > 2 ? { why: 'Time to first token is queueing plus prefill. A pod that has to recompute a long prompt, or has a queue, makes everyone behind it wait.' } : {}),
    });
  }
  return out.slice(0, max);
}

/** The router description of a side, for headings. */
export function policyName(t: ClusterTimeline): string {
  const r = t.config.router;
  if (r.kind === 'service') return r.mode === 'round-robin' ? 'Kubernetes Service, round robin' : 'Kubernetes Service, random';
  const scorers = r.profile.scorers.map((s) => `${s.type} ×${s.weight}`).join(', ');
  const filters = r.profile.filters.length > 0 ? `${r.profile.filters.join(', ')} → ` : '';
  return `Endpoint Picker: ${filters}${scorers}`;
}


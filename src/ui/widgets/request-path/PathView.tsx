import type { Stage, TracedRequest } from '../../../widget-models/request-path/simulate.ts';
import { fmtInt, fmtUs } from './format.ts';
import { RequestPath } from './store.ts';

/** Which stop of the path each stage sits at. */
const STOP_OF: Readonly<Record<Stage, number>> = { client: 0, gateway: 1, picker: 2, queue: 3, prefill: 3, decode: 3, done: 4 };

interface Stop {
  readonly name: string;
  readonly role: string;
  readonly status: string;
}

function stopsOf(r: TracedRequest | null, stage: Stage, tokens: number, pol: 'prefix' | 'rr'): Stop[] {
  const pod = r?.podName ?? 'a vLLM pod';
  const vllmStatus = !r
    ? '…'
    : stage === 'queue'
      ? `waiting in the queue (${fmtUs(r.queueUs)})`
      : stage === 'prefill'
        ? `prefill ${fmtInt(r.promptTokens - r.cachedTokens)} of ${fmtInt(r.promptTokens)} tokens`
        : stage === 'decode'
          ? `decode: token ${fmtInt(tokens)} of ${fmtInt(r.outputTokens)}`
          : stage === 'done'
            ? `finished, ${fmtInt(r.outputTokens)} tokens`
            : `${fmtInt(r.aheadOnPod)} requests in flight here`;
  return [
    { name: 'Client', role: 'POST /v1/chat/completions, stream', status: r ? `${fmtInt(r.promptTokens)}-token prompt` : '…' },
    { name: 'Gateway', role: 'Envoy (Gateway API) holds the request', status: pol === 'prefix' ? 'asks the picker over ext-proc' : 'a Service: no picker' },
    { name: pol === 'prefix' ? 'Endpoint Picker' : 'kube-proxy', role: pol === 'prefix' ? 'filter → score → pick' : 'next pod in turn', status: r ? `→ ${pod}` : '…' },
    { name: `vLLM ${pod}`, role: r ? `${fmtInt(r.cachedTokens)} prompt tokens cached` : 'prefix cache', status: vllmStatus },
    { name: 'Client', role: 'server-sent events', status: r ? (stage === 'decode' || stage === 'done' ? `${fmtInt(tokens)} tokens received` : 'waiting for the first token') : '…' },
  ];
}

/** Client → gateway → picker → pod → client, with the stop the request is at marked (border and "now"). */
export function PathView() {
  const r = RequestPath.useWidget((s) => s.result.traced);
  const frame = RequestPath.useWidget((s) => s.result.frames[Math.min(s.playback.frame, s.result.frames.length - 1)]);
  const pol = RequestPath.useWidget((s) => s.settings.policy);
  const stage = frame?.stage ?? 'client';
  const at = STOP_OF[stage];
  const stops = stopsOf(r, stage, frame?.tokens ?? 0, pol);
  return (
    <ol className="rp-path" aria-label="The request's path">
      {stops.map((s, i) => (
        <li key={i} className="rp-stop" data-state={i < at ? 'past' : i === at ? 'now' : 'next'} aria-current={i === at ? 'step' : undefined}>
          <span className="rp-stop-name">
            {s.name}
            <span className="rp-now" aria-hidden={i !== at}>
              {i === at ? ' ● now' : ''}
            </span>
          </span>
          <span className="rp-stop-role">{s.role}</span>
          <span className="rp-stop-status" data-stop={i}>
            {s.status}
          </span>
        </li>
      ))}
    </ol>
  );
}

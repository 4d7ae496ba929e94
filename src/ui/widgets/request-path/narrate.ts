/** Narration of the traced request, one sentence per stage, from the model's figures. */
import type { NarrationEntry } from '../kit/narration.ts';
import type { Policy } from '../../../widget-models/request-path/settings.ts';
import type { PathFrame, TracedRequest } from '../../../widget-models/request-path/simulate.ts';
import { fmtInt, fmtScore, fmtUs } from './format.ts';

export function narrate(r: TracedRequest | null, f: PathFrame | undefined, pol: Policy): NarrationEntry[] {
  if (!r || !f) return [];
  const k = (s: string) => `${f.stage}-${s}`;
  switch (f.stage) {
    case 'client':
      return [{ key: k('a'), text: `The client posts a streamed chat completion with a ${fmtInt(r.promptTokens)}-token prompt${r.group >= 0 ? ` (tenant T${r.group + 1}’s system prompt plus a question)` : ''}.` }];
    case 'gateway':
      return [
        {
          key: k('a'),
          text: pol === 'prefix' ? 'The gateway holds the request and streams its headers and body to the Endpoint Picker over ext-proc.' : 'The request reaches a plain Kubernetes Service: no picker looks at it.',
          why: 'This model gives the network hop and the gateway no time of their own; in a real cluster they add a little to what the client measures, but nothing to vLLM’s own TTFT metric.',
        },
      ];
    case 'picker': {
      const best = r.scores.find((s) => s.pod === r.pod);
      return [
        pol === 'prefix' && best
          ? {
              key: k('a'),
              text: `The picker scores every pod and picks ${r.podName}: prefix ${fmtScore(best.prefix)}, queue ${fmtScore(best.queue)}, KV free ${fmtScore(best.kv)}, total ${fmtScore(best.total)}${r.tie ? ' (a tie, broken at random)' : ''}.`,
              why: 'Prefix is the share of the prompt’s blocks the picker’s index says the pod probably holds; queue favours short queues; KV free is one minus the pod’s KV-cache usage. The weighted sum decides.',
            }
          : { key: k('a'), text: `Round robin sends the request to ${r.podName}, the next pod in turn, whatever that pod has cached.` },
      ];
    }
    case 'queue':
      return [{ key: k('a'), text: `On ${r.podName}, ${fmtInt(r.aheadOnPod)} other requests are in flight; this one waits ${fmtUs(r.queueUs)} until a step admits it.` }];
    case 'prefill':
      return [
        {
          key: k('a'),
          text:
            r.cachedTokens > 0
              ? `${fmtInt(r.cachedTokens)} of the ${fmtInt(r.promptTokens)} prompt tokens are already in ${r.podName}’s prefix cache, so prefill computes ${fmtInt(r.promptTokens - r.cachedTokens)} tokens in ${fmtUs(r.prefillUs)}.`
              : `Nothing of this prompt is cached on ${r.podName}: prefill computes all ${fmtInt(r.promptTokens)} tokens, taking ${fmtUs(r.prefillUs)}.`,
          why: 'Prefill ends by sampling the first token, which streams back at once: queue wait plus prefill is the time to first token.',
        },
      ];
    case 'decode':
      return [{ key: k('a'), text: `Decode: one token per engine step, batched with the pod’s other requests, ${fmtUs(r.tpotUs)} per token on average. ${fmtInt(f.tokens)} of ${fmtInt(r.outputTokens)} tokens have streamed.` }];
    case 'done':
      return [{ key: k('a'), text: `The last token arrives ${fmtUs(r.e2eUs)} after the request did: TTFT ${fmtUs(r.ttftUs)} plus ${fmtUs(r.decodeUs)} of decode.`, tone: 'ok' }];
  }
}

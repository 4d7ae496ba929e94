import { SRC } from '../../glossary/sources.ts';
import { acronym, multiple, numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'llm-d/disaggregated-serving';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'llm-d' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    order(
      {
        ...base(1),
        prompt: 'Order the steps of one disaggregated (P/D) request in llm-d.',
        explanation: 'The EPP picks the decode pod first, the decider asks for a prefill step, the prefill pod is named in x-prefiller-host-port; the decode pod’s sidecar sends the prompt with max_tokens 1 to it, receives kv_transfer_params, and the decode vLLM pulls the KV over NIXL and generates.',
        terms: ['disaggregated-serving', 'pd-decider', 'disaggregation-sidecar', 'nixl'],
        source: SRC.llmdRouterDisagg.url,
      },
      [
        'The EPP runs the decode profile and picks a decode pod',
        'The P/D decider says a remote prefill is worth it; the prefill profile picks a prefill pod',
        'The request reaches the decode pod’s sidecar with the x-prefiller-host-port header',
        'The sidecar sends the prompt to the prefill pod with max_tokens = 1',
        'The prefill pod returns kv_transfer_params',
        'The decode vLLM pulls the KV blocks over NIXL and generates the answer',
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'In llm-d’s P/D guide benchmark (gpt-oss-120b, 16 H200, 5,000-token inputs, 250-token outputs), what happened to mean TTFT and mean ITL compared with aggregated serving?',
        explanation: 'Mean ITL fell from 25 to 4.9 ms and E2E latency by 59 %, but mean TTFT rose from 532 to 1,157 ms — the extra hop and KV transfer cost first-token time. The aggregated figures are carried over from the guide’s earlier baseline run, not a paired run, so treat the deltas as indicative.',
        terms: ['disaggregated-serving', 'ttft', 'itl'],
        source: SRC.llmdPdGuide.url,
      },
      'TTFT rose and ITL fell',
      [
        ['Both fell', 'Mean TTFT roughly doubled (532 → 1,157 ms).'],
        ['TTFT fell and ITL rose', 'It is the other way round: decode pods without prefill interference stream faster.'],
        ['Neither changed; only throughput rose', 'ITL fell fivefold and E2E latency by 59 %.'],
      ],
    ),
    numeric(
      {
        ...base(3),
        prompt: 'A Llama-3.1-70B prompt of 8,192 tokens (320 KiB of KV per token) is moved from prefill to decode over InfiniBand at ~40 GB/s effective. About how many milliseconds does the transfer take?',
        explanation: '8,192 × 327,680 B ≈ 2.68 GB; 2.68 GB / 40 GB/s ≈ 67 ms — small next to the several seconds of prefill such a prompt needs.',
        terms: ['nixl', 'infiniband', 'kv-bytes-per-token'],
        source: SRC.llmdSim.url,
      },
      67,
      'ms',
      { tolerance: 0.06, traps: [[4.5, 'That is NVLink speed (~600 GB/s); across nodes InfiniBand NDR gives about 40 GB/s.'], [0.067, 'Check the units: 0.067 s is 67 ms.']] },
    ),
    single(
      {
        ...base(4),
        prompt: 'prefix-based-pd-decider with nonCachedTokens = 16. A 500-token prompt has 496 tokens cached on the chosen decode pod. What happens?',
        explanation: 'Only 4 tokens are uncached, fewer than 16, so the decode pod prefills them itself; no prefill pod is used.',
        terms: ['pd-decider', 'prefix-cache-scorer'],
        source: SRC.llmdRouterDisagg.url,
      },
      'The decode pod prefills locally',
      [
        ['A prefill pod is used because the prompt is longer than 16 tokens', 'The decider looks at uncached tokens, and only 4 are uncached.'],
        ['The request is rejected', 'The decider only chooses between local and remote prefill.'],
        ['The prompt is split between prefill and decode pods', 'The whole uncached part is prefilled in one place.'],
      ],
    ),
    multiple(
      {
        ...base(5),
        prompt: 'According to llm-d’s guidance, when does P/D disaggregation tend to pay off?',
        explanation: 'Medium-to-large models, long inputs with short outputs and sparse MoE/wide-EP benefit; short chats pay the extra hop and transfer for little gain.',
        terms: ['disaggregated-serving', 'mixture-of-experts'],
        source: SRC.llmdPdGuide.url,
      },
      ['Long inputs with short outputs (for example 10k in, 1k out)', 'Larger models and sparse MoE with wide expert parallelism'],
      [
        ['Short chats of ~200 tokens in and out', 'The transfer and extra hop outweigh the gain on short prompts.'],
        ['Any single-GPU deployment', 'P/D needs separate prefill and decode pods, usually with RDMA.'],
        ['Whenever you want lower TTFT', 'P/D usually raises TTFT somewhat; it mainly improves ITL and throughput.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'In llm-d’s disagg-profile-handler, in what order are the pods chosen?',
        explanation: 'The decode profile runs first and picks the decode pod, which is the request’s destination; the decider then looks at that pod’s cached prefix; only if it says yes does the prefill profile pick a prefill pod.',
        terms: ['disaggregated-serving', 'pd-decider', 'scheduler-profile'],
        source: SRC.llmdRouterDisagg.url,
      },
      'Decode pod first, then the decider, then (if it says yes) a prefill pod',
      [
        ['Prefill pod first, then the decode pod nearest to it', 'The decode profile always runs first; the decider needs the chosen decode pod’s prefix match.'],
        ['Both at once, by one combined score', 'They are two separate profiles, each with its own filters and picker.'],
        ['The proxy chooses the prefill pod, the EPP only the decode pod', 'The EPP runs both profiles and passes the prefill pod in x-prefiller-host-port.'],
      ],
    ),
    acronym(
      {
        ...base(6),
        prompt: 'What does NIXL, the library vLLM uses to move KV blocks between pods, stand for?',
        explanation: 'NVIDIA Inference Xfer Library (“xfer” = transfer).',
        terms: ['nixl'],
        source: SRC.nixl.url,
      },
      'NIXL',
      'NVIDIA Inference Xfer Library',
      { accept: ['nvidia inference transfer library'], near: [['NVIDIA Interconnect Library', 'The X is for transfer (“xfer”), not interconnect.']] },
    ),
  ],
};

export default check;

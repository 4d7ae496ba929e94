import { SRC } from '../../glossary/sources.ts';
import { acronym, multiple, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'vllm/preemption';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'Under the default FCFS policy, a running request needs a new block and none is free. Which request is preempted?',
        explanation: 'The victim is the last request in the running list — the most recently admitted. It can be the requesting request itself.',
        terms: ['preemption', 'fcfs-scheduling'],
        source: SRC.vllmRepo.url,
      },
      'The most recently admitted running request',
      [
        ['The request with the longest prompt', 'FCFS does not look at lengths; it evicts by admission order.'],
        ['The oldest running request', 'FCFS protects the oldest requests and evicts the newest.'],
        ['The first request in the waiting queue', 'Waiting requests hold no blocks; preemption frees a running one.'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'How does vLLM V1 bring a preempted request back?',
        explanation: 'V1 always recomputes: the request is re-prefilled (prompt plus already generated tokens), often partly from its own still-cached blocks. CPU swapping was removed.',
        terms: ['recomputation', 'swapping'],
        source: SRC.vllmV1Guide.url,
      },
      'It recomputes the KV cache by prefilling the prompt and generated tokens again',
      [
        ['It swaps the KV blocks back in from CPU memory', 'Swapping was V0 behaviour; V1 removed it.'],
        ['It restarts generation from the prompt, discarding the output so far', 'Generated tokens are kept and re-prefilled with the prompt.'],
        ['It fails the request with an error', 'Preemption is invisible to the client except as extra latency.'],
      ],
    ),
    multiple(
      {
        ...base(3),
        prompt: 'What happens to a request when it is preempted?',
        explanation: 'Its blocks are freed in reverse order (keeping their hashes), its computed-token count returns to 0, and it goes back to the front of the waiting queue; the preemption counter increments.',
        terms: ['preemption', 'waiting-queue'],
      },
      ['All its KV blocks are freed', 'Its computed-token count is reset to 0', 'It returns to the front of the waiting queue'],
      [
        ['Its blocks are copied to CPU memory', 'V1 does not swap; blocks are freed and may be hit again if not evicted.'],
        ['It is moved to another replica', 'vLLM cannot move requests between replicas.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'A waiting request cannot get the blocks it needs. What does the V1 scheduler do?',
        explanation: 'Only running requests trigger preemption. For a waiting request, allocation failure stops admission for this step.',
        terms: ['waiting-queue', 'head-of-line-blocking'],
        source: SRC.vllmRepo.url,
      },
      'It stops admitting waiting requests for this step',
      [
        ['It preempts a running request to make room', 'Preemption happens only while scheduling running requests.'],
        ['It skips to a smaller waiting request', 'Under FCFS the head blocks those behind it.'],
        ['It rejects the request with HTTP 503', 'The request keeps waiting.'],
      ],
    ),
    acronym(
      {
        ...base(5),
        prompt: 'What does FCFS, vLLM’s default scheduling policy, stand for?',
        explanation: 'First come, first served: admission in arrival order; the newest running request is preempted first.',
        terms: ['fcfs-scheduling'],
      },
      'FCFS',
      'First come, first served',
      { accept: ['first come first serve', 'first-come-first-served'], near: [['First completed, first served', 'It is about arrival order, not completion.']] },
    ),
    single(
      {
        ...base(6),
        prompt: 'Which Prometheus series tells you preemptions are happening?',
        explanation: 'vllm:num_preemptions (exposed with a _total suffix) counts preemptions; sustained growth means KV memory is short.',
        terms: ['preemption', 'prometheus'],
        source: SRC.vllmMetrics.url,
      },
      'vllm:num_preemptions',
      [
        ['vllm:num_requests_swapped', 'That is a V0 metric for swapping, which V1 does not do.'],
        ['vllm:prefix_cache_hits', 'That counts cache-hit tokens.'],
        ['vllm:num_requests_waiting', 'Queue length rises for many reasons; it does not count preemptions.'],
      ],
    ),
  ],
};

export default check;

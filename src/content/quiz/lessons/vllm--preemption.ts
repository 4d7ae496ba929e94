import { SRC } from '../../glossary/sources.ts';
import { acronym, multiple, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';
import { firstPreemption } from '../../../widget-models/batching/quizFacts.ts';

const lesson = 'vllm/preemption';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

// Graded by the simulation: the answers come from stepping the lesson's widgets to their first preemption.
const fcfs = firstPreemption('preemption');
const prio = firstPreemption('priority-preemption');
const newest = (p: typeof fcfs) => p.running[p.running.length - 1] ?? '';
const oldest = (p: typeof fcfs) => p.running[0] ?? '';

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
        explanation: 'V1 always recomputes: the request is re-prefilled (prompt plus already generated tokens), often partly from its own still-cached blocks. CPU swapping was removed, and the unused swap_space option went in v0.18.0.',
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
        explanation: 'Only running requests trigger preemption. For a waiting request, allocation failure stops admission for this step. (In vLLM 0.33 “the blocks it needs” means blocks for its whole current sequence; at v0.11, for its first chunk.)',
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
    single(
      {
        ...base(7),
        prompt: `In the “Too few KV blocks” widget (FCFS), go to frame ${fcfs.step}: ${fcfs.running.length} requests are running and none has been preempted yet. The next step preempts one. Which request is preempted next?`,
        explanation: `${fcfs.victim}. In step ${fcfs.step + 1}, ${fcfs.for} needs a new block and none is free. Under FCFS the victim is the last request in the running list, the most recently admitted: ${newest(fcfs)}. Step once (or press N for the next preemption) and read the “Why?” panel.`,
        terms: ['preemption', 'fcfs-scheduling'],
      },
      fcfs.victim,
      [
        ...(fcfs.for !== fcfs.victim ? [[fcfs.for, `${fcfs.for} is the request that needs the block; FCFS evicts the most recently admitted request, which is not ${fcfs.for}.`] as const] : []),
        [oldest(fcfs), `${oldest(fcfs)} is the oldest running request; FCFS protects the oldest and evicts the newest.`],
        ['R15', 'R15 is still waiting and holds no blocks, so preempting it would free nothing.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: `Now the “Preemption under the priority policy” widget (lower value = more important). Which request is preempted first?`,
        explanation: `${prio.victim} (priority ${prio.priorities[prio.victim]}). With --scheduling-policy priority the victim is the running request with the largest priority value, the latest arrival breaking ties. ${newest(prio)} is last in the running list but has priority ${prio.priorities[newest(prio)]}, so it is safe. Press N to jump to the first preemption and read the “Why?” panel.`,
        terms: ['preemption', 'priority-scheduling'],
      },
      prio.victim,
      [
        [newest(prio), `${newest(prio)} is the most recently admitted (the FCFS victim), but its priority ${prio.priorities[newest(prio)]} is more important than ${prio.priorities[prio.victim]}.`],
        ...(prio.for !== prio.victim ? [[prio.for, `${prio.for} is the request that needs the block, and it has priority ${prio.priorities[prio.for]}.`] as const] : []),
        [oldest(prio), `${oldest(prio)} was admitted first and has priority ${prio.priorities[oldest(prio)]}; the policy looks at priority first.`],
      ],
    ),
    single(
      {
        ...base(9),
        prompt:
          'vLLM 0.33, default settings. A 10,000-token prompt reaches the head of the waiting queue; 300 blocks of 16 tokens (4,800 slots) are free and the token budget is 2,048. What does the scheduler do this step?',
        explanation:
          'It leaves the request waiting. scheduler_reserve_full_isl (on by default since about v0.19) admits a request only if its whole current sequence fits: 625 blocks, against 300 free. At v0.11 the first 2,048-token chunk (128 blocks) would have been admitted, and the prompt might later be preempted halfway through its prefill.',
        terms: ['scheduler-reserve-full-isl', 'waiting-queue', 'chunked-prefill'],
        source: SRC.vllmFullIslPr.url,
      },
      'It leaves the request waiting until 625 blocks are free',
      [
        ['It admits a 2,048-token first chunk (128 blocks)', 'That is v0.11’s rule, which only needed the first chunk to fit; 0.33 needs the whole sequence.'],
        ['It preempts running requests until 625 blocks are free', 'Waiting requests never preempt anyone.'],
        ['It rejects the request because it can never fit', 'It can fit once running requests finish; it waits.'],
      ],
    ),
  ],
};

export default check;

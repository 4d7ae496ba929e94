import { SRC } from '../../glossary/sources.ts';
import { numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'deployment/load-testing';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'metrics' as const });
const VLLM_BENCH = 'https://docs.vllm.ai/en/latest/benchmarking/cli/';
const GUIDELLM = 'https://github.com/vllm-project/guidellm/blob/v0.7.3/README.md';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'A load generator sends the next request only when the previous one finishes. Latency looks fine at every “load”. Why is that misleading?',
        explanation: 'A closed loop slows down with the server, so queues never build the way they do when real users arrive independently. Use an open-loop request rate, with a concurrency cap only as a safety limit.',
        terms: ['waiting-queue', 'knee'],
        source: VLLM_BENCH,
      },
      'The client slows down with the server, so queues never form as they would with independent arrivals',
      [
        ['Closed-loop clients overload the server', 'They do the opposite: they never send faster than the server answers.'],
        ['It only measures throughput, not latency', 'It measures latency, just under a load that adapts to the server.'],
        ['It disables the prefix cache', 'The loop shape has nothing to do with caching.'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'Which is a valid GuideLLM 0.7 sweep command?',
        explanation: 'GuideLLM 0.7.0 replaced its old benchmark subcommand with guidellm run, whose backend, profile, constraint and data options take kind= settings; the old target and duration flags are gone.',
        terms: ['knee', 'throughput'],
        source: GUIDELLM,
      },
      'guidellm run --backend kind=openai_http,target=http://$HOST --profile kind=sweep --constraint kind=max_duration,seconds=30 --data kind=synthetic_text,prompt_tokens=256,output_tokens=128',
      [
        // deployment-commands: allow (a distractor showing the removed CLI on purpose)
        ['guidellm benchmark --target http://$HOST --rate-type sweep --max-seconds 30', 'That is the pre-0.7 command line, which GuideLLM removed.'],
        ['guidellm sweep http://$HOST', 'There is no sweep subcommand; sweep is a profile of run.'],
        ['vllm bench serve --profile sweep', 'vllm bench serve has no sweep profile; it runs one rate per invocation.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'The second run of the same benchmark shows a much lower TTFT than the first, with nothing changed. What is the likeliest cause?',
        explanation: 'The same prompts again hit vLLM’s prefix cache, so their prefill is skipped. Change the seed or dataset, or restart the replicas, between runs you want to compare.',
        terms: ['automatic-prefix-caching', 'ttft'],
        source: VLLM_BENCH,
      },
      'The repeated prompts hit vLLM’s prefix cache',
      [
        ['The GPU warmed up and runs at a higher clock', 'Clock effects are small next to skipping prefill.'],
        ['The autoscaler added replicas', 'Nothing changed in the deployment.'],
        ['The first run measured the network twice', 'Client-side timing is the same in both runs.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'What does GuideLLM’s sweep profile do?',
        explanation: 'It measures a synchronous run (one request at a time) and a throughput run (all at once), then runs constant rates between them, which traces the latency curve and its knee.',
        terms: ['knee', 'throughput'],
        source: GUIDELLM,
      },
      'A synchronous run and a throughput run, then constant rates in between',
      [
        ['It doubles the rate until the server returns errors', 'It does not search for errors; it spaces rates between two measured ends.'],
        ['It replays a production trace', 'That is a data source option, not the sweep profile.'],
        ['It runs one rate for a long time to find memory leaks', 'That would be a soak test.'],
      ],
    ),
    numeric(
      {
        ...base(5),
        prompt: 'llm-d’s optimized-baseline report: the same 8 Qwen3-32B replicas gave 5,722 output tokens per second behind a Kubernetes Service and 13,163 behind the Endpoint Picker. By what percentage did throughput rise?',
        explanation: '13,163 ÷ 5,722 = 2.30, a rise of about 130 %.',
        terms: ['prefix-cache-aware-routing', 'throughput'],
        source: SRC.llmdOptimizedBaseline.url,
      },
      130,
      '%',
      { absTolerance: 1, traps: [[230, 'That is the ratio as a percentage; the rise is the ratio minus one.'], [56.5, 'That is the drop from the faster to the slower figure; compute the rise from the slower one.']] },
    ),
    single(
      {
        ...base(6),
        prompt: 'Measured TTFT sits about 40 ms above the widget’s prediction at every request rate, including the lowest. Where do you look first?',
        explanation: 'A constant offset that does not grow with load is time outside the engine: the network between client and gateway, TLS, the gateway and router. Engine effects grow with load.',
        terms: ['ttft', 'endpoint-picker'],
        source: VLLM_BENCH,
      },
      'Time outside the engine: the client’s network path, TLS and the gateway',
      [
        ['A KV cache smaller than planned', 'That would move the knee, not add a constant at low load.'],
        ['Preemptions', 'Preemptions appear under load, not at the lowest rate.'],
        ['The prefix-cache hit rate', 'That changes with the workload and load, and lowers TTFT.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'Which number do you size the service on?',
        explanation: 'The highest rate at which the requests still meet the objectives (the rate at the knee, or goodput). Throughput measured past the knee is served late.',
        terms: ['goodput', 'knee', 'slo'],
        source: SRC.llmdOptimizedBaseline.url,
      },
      'The highest request rate at which requests still meet the TTFT and ITL objectives',
      [
        ['The highest throughput measured at any rate', 'Beyond the knee that throughput comes with seconds of queueing.'],
        ['The throughput of a single synchronous request', 'That is the best latency, not the capacity.'],
        ['GPU utilisation at 100 %', 'Utilisation says nothing about whether objectives hold.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'During a run at the target rate you delete one of four model pods. Latency jumps past the objectives until it is back. What did you learn?',
        explanation: 'With one replica down, the other three took a third more load each and went past the knee: the deployment has no headroom for an upgrade or a node failure. Add a replica or lower the target.',
        terms: ['knee', 'slo-attainment'],
        source: VLLM_BENCH,
      },
      'The deployment has no headroom: losing one replica pushes the rest past the knee',
      [
        ['The load generator is too slow', 'The client did not change; the capacity did.'],
        ['The gateway does not retry', 'Retries would not create capacity.'],
        ['Nothing: pods are expected to restart instantly', 'A model server takes minutes to start.'],
      ],
    ),
    single(
      {
        ...base(9),
        prompt: 'What does --max-concurrency do in vllm bench serve when --request-rate is also set?',
        explanation: 'Requests still arrive at the Poisson rate, but no more than that many are in flight at once; it keeps a falling-behind server from being flooded and caps the client’s own load.',
        terms: ['queue-time'],
        source: VLLM_BENCH,
      },
      'Caps the requests in flight; arrivals still follow the request rate up to that cap',
      [
        ['Sets the server’s max_num_seqs', 'It is a client setting; the server is not changed.'],
        ['Turns the run into a closed loop at that concurrency, ignoring the rate', 'The rate still governs arrivals until the cap is reached.'],
        ['Runs that many clients on separate machines', 'It is one client process.'],
      ],
    ),
  ],
};

export default check;

/** Knative Serving and the Knative Pod Autoscaler. */
import { SRC } from './sources.ts';
import type { GlossaryTerm } from './types.ts';

export const KNATIVE_TERMS: GlossaryTerm[] = [
  {
    id: 'knative-serving',
    term: 'Knative Serving',
    category: 'kserve',
    short: 'A Kubernetes add-on that runs request-driven containers with revisions, traffic splitting and request-based autoscaling, including to zero.',
    body:
      'Each Knative Service creates immutable revisions; routes split traffic between them. A queue-proxy sidecar measures concurrency in every pod, the autoscaler (KPA) sizes each revision, and the activator buffers requests when a revision has no ready pods. KServe’s Knative mode builds on it.',
    example: 'A Knative Service revision scales from 0 to 3 pods as the first requests arrive, then back to 0 after idling.',
    related: ['kpa', 'activator', 'queue-proxy', 'revision', 'deployment-mode'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeServing,
  },
  {
    id: 'revision',
    term: 'Revision (Knative)',
    category: 'kserve',
    short: 'An immutable snapshot of a Knative Service’s code and configuration; each change creates a new revision that traffic can be split across.',
    body:
      'Autoscaling is per revision. KServe’s canary rollouts in Knative mode move traffic between the latest and previous rolled-out revisions.',
    example: 'Changing the model version creates revision 00002; 10 % of traffic goes there while 00001 keeps 90 %.',
    related: ['knative-serving', 'canary-rollout'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeServing,
  },
  {
    id: 'kpa',
    term: 'Knative Pod Autoscaler',
    acronym: 'KPA',
    aliases: ['kpa.autoscaling.knative.dev'],
    category: 'kserve',
    short: 'Knative’s default autoscaler, which sizes a revision from measured concurrent requests (or requests per second) per pod, with a stable and a panic mode.',
    formula: 'desired pods = ceil(average total concurrency / (target × utilisation))',
    body:
      'It scrapes metrics every second and decides every 2 s. By default the target is 100 concurrent requests per pod at 70 % utilisation, so 70 per pod; it averages over a 60 s stable window and a 6 s panic window, and panics when short-term demand reaches twice current capacity.\n\n' +
      'Concurrency counts in-flight HTTP requests, which tracks GPU load only loosely for LLMs; set a low target for them.',
    example: 'Stable average concurrency 350 at target 70 → ceil(350 / 70) = 5 pods.',
    related: ['panic-mode', 'stable-window', 'activator', 'container-concurrency', 'hpa'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeKpa,
  },
  {
    id: 'stable-window',
    term: 'Stable window',
    aliases: ['autoscaling.knative.dev/window'],
    category: 'kserve',
    short: 'The period, 60 s by default, over which the Knative autoscaler averages concurrency for its normal scaling decisions.',
    body:
      'A longer window smooths noise but reacts slowly; it also sets how long panic mode lasts after demand falls. The annotation accepts 6 s to 1 h.',
    example: 'A 30 s burst raises the 60 s average by only half its height.',
    related: ['kpa', 'panic-mode'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeAutoscalerConfig,
  },
  {
    id: 'panic-mode',
    term: 'Panic mode',
    aliases: ['panic window', 'panic-threshold-percentage'],
    category: 'kserve',
    short: 'A Knative autoscaler state entered on a sudden burst, in which it scales on a short 6 s average and never scales down until the burst has passed.',
    body:
      'The panic window is 10 % of the stable window. When panic-window demand reaches 200 % of current capacity, the autoscaler takes the larger of the stable and panic recommendations and holds its highest value until 60 s pass without the trigger.',
    example: '3 pods, target 70, panic average 700 → 10 pods wanted; 10 / 3 ≥ 2, so it panics and scales to 10.',
    related: ['kpa', 'stable-window'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeKpa,
  },
  {
    id: 'activator',
    term: 'Activator',
    category: 'kserve',
    short: 'The Knative component that receives and buffers requests for a revision with no (or too little) spare capacity, and triggers scale-up from zero.',
    body:
      'When a revision is at zero, traffic is routed to the activator, which holds requests and reports demand to the autoscaler. It stays in the path while spare capacity is below the target burst capacity. Its presence hides the original caller’s identity from the pod, which matters for mesh authorization policies.',
    example: 'The first request to a scaled-to-zero model waits in the activator during the whole cold start.',
    related: ['scale-to-zero', 'target-burst-capacity', 'kpa', 'cold-start'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeAutoscaling,
  },
  {
    id: 'queue-proxy',
    term: 'queue-proxy',
    category: 'kserve',
    short: 'The sidecar Knative injects into every serving pod to measure concurrency and requests per second and to enforce containerConcurrency.',
    body:
      'The autoscaler scrapes these measurements every second; when containerConcurrency is set, queue-proxy queues excess requests instead of passing them to the model server.',
    example: 'With containerConcurrency 4, the fifth simultaneous request waits in queue-proxy.',
    related: ['kpa', 'container-concurrency', 'knative-serving'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeServing,
  },
  {
    id: 'container-concurrency',
    term: 'containerConcurrency',
    aliases: ['autoscaling.knative.dev/target'],
    category: 'kserve',
    short: 'A hard limit on simultaneous requests per pod in Knative and KServe; 0 means unlimited, and the autoscaler then uses a soft target of 100.',
    body:
      'A hard limit protects a server from overload but forces queueing in queue-proxy. The soft target (annotation `autoscaling.knative.dev/target`) only guides scaling. For an LLM server the useful concurrency depends on KV memory and prompt lengths, not a fixed number.',
    example: 'containerConcurrency 0 and target 10 scale out at about 7 concurrent requests per pod (70 % of 10).',
    related: ['kpa', 'queue-proxy', 'target-burst-capacity'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeAutoscaling,
  },
  {
    id: 'target-burst-capacity',
    term: 'Target burst capacity',
    aliases: ['target-burst-capacity'],
    category: 'kserve',
    short: 'The spare request capacity (211 by default) a Knative revision must have before the activator leaves the request path.',
    body:
      'Spare capacity is ready pods × per-pod capacity minus current panic-window demand. Below the target, the activator stays in the path to buffer bursts; 0 keeps it only at zero pods, −1 always.',
    example: '3 pods × 100 − 211 − current demand 50 = 39 ≥ 0, so the activator steps out of the path.',
    related: ['activator', 'kpa'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeAutoscalerConfig,
  },
  {
    id: 'scale-to-zero',
    term: 'Scale to zero',
    aliases: ['minReplicas: 0', 'scale-to-zero-grace-period'],
    category: 'kserve',
    short: 'Removing every replica of an idle model so it uses no GPU, at the cost of a cold start for the next request.',
    body:
      'Knative does it natively (with a 30 s grace period by default), and KServe exposes it as `minReplicas: 0` in Knative mode. KEDA and llm-d’s router flow control provide it for other set-ups. For LLMs the cold start includes pod scheduling, image pull, model download or load and CUDA warm-up — often minutes — so it suits rarely used models.',
    example: 'A rarely used 8B model scales to zero overnight and takes about a minute to serve the first morning request.',
    related: ['cold-start', 'activator', 'keda', 'deployment-mode'],
    lesson: 'kserve/autoscaling',
    source: SRC.knativeAutoscalerConfig,
  },
  {
    id: 'cold-start',
    term: 'Cold start',
    category: 'kserve',
    short: 'The delay before a newly created replica can answer: scheduling, pulling the image, fetching and loading weights and warming up the engine.',
    body:
      'For LLM servers it is dominated by moving tens to hundreds of gigabytes of weights and by engine start-up work such as profiling memory and capturing CUDA graphs. Model caches on local disks, modelcars and keeping a minimum replica count all shorten or hide it.',
    example: 'Downloading 140 GB at 1 GB/s alone takes over two minutes, before vLLM starts loading.',
    related: ['scale-to-zero', 'local-model-cache', 'storage-initializer', 'cuda-graphs'],
    lesson: 'kserve/storage',
    source: SRC.kserveModelCache,
  },
];

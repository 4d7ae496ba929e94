import { SRC } from '../../glossary/sources.ts';
import { acronym, match, numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'kserve/autoscaling';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'kserve' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'With Knative’s defaults (containerConcurrency 0), what concurrency per pod does the KPA aim for?',
        explanation: 'Soft target 100 × target utilisation 70 % = 70 concurrent requests per pod.',
        terms: ['kpa', 'container-concurrency'],
        source: SRC.knativeAutoscalerConfig.url,
      },
      70,
      'requests',
      { traps: [[100, '100 is the total capacity; the KPA aims at 70 % of it.'], [211, '211 is the target burst capacity, a different setting.']] },
    ),
    numeric(
      {
        ...base(3),
        prompt: 'KServe’s KEDA example scales on vllm:num_requests_running with a target value of 2 per replica (min 1, max 5). With 6 requests running, how many replicas?',
        explanation: '6 / 2 = 3 replicas, within the 1–5 bounds.',
        terms: ['keda', 'hpa'],
        source: SRC.kserveAutoscaling.url,
      },
      3,
      'replicas',
      { traps: [[5, 'The maximum is only a cap; 6 running at 2 per replica needs 3.'], [6, 'The target is 2 requests per replica.']] },
    ),
    single(
      {
        ...base(4),
        prompt: 'When does the KPA enter panic mode with default settings?',
        explanation: 'When the pods wanted by the 6-second panic-window average reach 200 % of the ready pods; it then takes the larger of the two windows’ wishes and does not scale down until a 60 s stable window has passed since the threshold was last crossed.',
        terms: ['panic-mode', 'kpa'],
        source: SRC.knativeKpa.url,
      },
      'When short-term demand reaches twice the current capacity',
      [
        ['When any pod fails its readiness probe', 'Probes affect readiness, not the panic decision.'],
        ['When the 60-second average exceeds the target', 'That is ordinary stable-mode scaling.'],
        ['When KV-cache usage passes 90 %', 'Knative sees request concurrency, not KV-cache usage.'],
      ],
    ),
    order(
      {
        ...base(5),
        prompt: 'Order the events of a Knative scale-from-zero for a model server.',
        explanation: 'The activator receives and buffers the request and reports demand; the KPA raises the desired scale; a pod is scheduled and the model loads; once ready, the activator forwards the buffered request.',
        terms: ['activator', 'scale-to-zero', 'cold-start'],
        source: SRC.knativeAutoscaling.url,
      },
      [
        'A request arrives for a revision with zero pods and reaches the activator',
        'The activator buffers it and reports demand to the autoscaler',
        'The KPA raises the desired scale to at least one pod',
        'A pod is scheduled, pulls the image and loads the model',
        'The pod becomes ready and the activator forwards the buffered request',
      ],
    ),
    single(
      {
        ...base(6),
        prompt: 'Why does KServe recommend Standard mode with HPA or KEDA, rather than Knative, for most LLMs?',
        explanation: 'LLM pods take minutes to start and request concurrency is a poor proxy for GPU load; Standard mode with metrics such as running or waiting requests is more predictable, and scale-to-zero rarely pays off for large models.',
        terms: ['deployment-mode', 'keda', 'cold-start'],
        source: SRC.kserveConfig.url,
      },
      'LLM pods start slowly and HTTP concurrency says little about GPU load, so scaling on model metrics is more predictable',
      [
        ['Knative cannot run containers that use GPUs', 'Knative can schedule GPU pods; the issue is fit, not capability.'],
        ['Standard mode scales to zero faster', 'Standard mode cannot scale from zero for HTTP by itself.'],
        ['KEDA is required by vLLM', 'vLLM does not depend on any autoscaler.'],
      ],
    ),
    numeric(
      {
        ...base(8),
        prompt: 'Ten pods are ready. scaleTarget is 10, so the per-pod target is 7 (70 % utilisation). The 6 s panic average jumps to 250 concurrent requests. How many pods does the KPA ask for?',
        explanation: 'ceil(250 / 7) = 36, and 36 / 10 = 3.6 ≥ 2, so it panics and asks for the panic window’s 36 pods; it will not go below that until the panic ends.',
        terms: ['panic-mode', 'kpa'],
        source: SRC.knativeKpa.url,
      },
      36,
      'replicas',
      { traps: [[25, 'Divide by the target after utilisation (7), not by the total (10).'], [13, 'That is the stable window’s wish; in panic the KPA takes the larger panic wish.']] },
    ),
    match(
      {
        ...base(9),
        prompt: 'Match each Knative setting with what it does.',
        explanation: 'min-scale and max-scale bound the count; scale-down-delay holds the highest recent decision; the retention period keeps the last pod after traffic stops; target-burst-capacity decides when the activator stays in the request path.',
        terms: ['kpa', 'scale-to-zero', 'target-burst-capacity', 'activator'],
        source: SRC.knativeAutoscalerConfig.url,
      },
      [
        ['autoscaling.knative.dev/scale-down-delay', 'Holds the highest recent decision before removing pods'],
        ['autoscaling.knative.dev/scale-to-zero-pod-retention-period', 'Keeps the last pod alive for a while after traffic stops'],
        ['autoscaling.knative.dev/target-burst-capacity', 'Spare capacity below which the activator stays in the request path'],
        ['autoscaling.knative.dev/min-scale', 'Lowest pod count; KServe’s minReplicas sets it'],
      ],
      ['The length of the panic window'],
    ),
    acronym(
      {
        ...base(7),
        prompt: 'What does KEDA stand for?',
        explanation: 'Kubernetes Event-driven Autoscaling: scaling, including to and from zero, from external signals such as Prometheus queries.',
        terms: ['keda'],
        source: SRC.keda.url,
      },
      'KEDA',
      'Kubernetes Event-driven Autoscaling',
      { accept: ['kubernetes event driven autoscaler'], near: [['Knative event-driven autoscaler', 'KEDA is independent of Knative.']] },
    ),
  ],
};

export default check;

import { SRC } from '../../glossary/sources.ts';
import { acronym, numeric, order, single } from '../../../quiz/build.ts';
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
        ...base(2),
        prompt: 'The KPA’s stable-window average total concurrency is 350 with a target of 70 per pod. How many pods does it want?',
        explanation: 'ceil(350 / 70) = 5 pods.',
        terms: ['kpa', 'stable-window'],
        source: SRC.knativeKpa.url,
      },
      5,
      'replicas',
      { traps: [[4, 'Divide by the 70 target: 350 / 70 = 5.'], [3.5, 'Use the 70 target, not the 100 capacity, and round up to whole pods.']] },
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
        explanation: 'When the 6-second panic-window demand reaches 200 % of current capacity; it then scales on the short window and does not scale down until 60 s after the trigger ends.',
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

import { SRC } from '../../glossary/sources.ts';
import { multiple, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'deployment/installing-the-stack';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'architecture' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    order(
      {
        ...base(1),
        prompt: 'Order the installation of a KServe + llm-d stack for LLMInferenceService.',
        explanation: 'cert-manager first (KServe’s webhooks need certificates); the Gateway API and Inference Extension CRDs before anything that uses them; then the gateway implementation and a Gateway; then KServe; finally the LLMInferenceService itself.',
        terms: ['cert-manager', 'custom-resource-definition', 'gateway-api', 'llm-inference-service'],
        source: SRC.kserveLlmisvc.url,
      },
      [
        'Install cert-manager',
        'Install the Gateway API and Inference Extension CRDs',
        'Install the gateway implementation (Envoy Gateway with Envoy AI Gateway)',
        'Create the GatewayClass and Gateway',
        'Install the KServe controller',
        'Apply the LLMInferenceService',
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'vLLM takes 6 minutes to load a 70B model, and the liveness probe keeps restarting the pod. What is the fix?',
        explanation: 'A startup probe with enough failureThreshold × periodSeconds holds off the liveness probe until the server is up.',
        terms: ['readiness-probe', 'cold-start'],
        source: SRC.k8sProbes.url,
      },
      'Add a startup probe that allows enough time for loading',
      [
        ['Remove the readiness probe', 'Then traffic would reach a server that is still loading.'],
        ['Raise gpu_memory_utilization', 'Memory settings do not change loading time.'],
        ['Increase maxReplicas', 'More replicas would all be restarted the same way.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'How do you keep ordinary workloads off your GPU nodes?',
        explanation: 'Taint the GPU nodes (for example nvidia.com/gpu=present:NoSchedule) and give only GPU workloads the matching toleration.',
        terms: ['taints-and-tolerations', 'device-plugin'],
        source: SRC.k8sTaints.url,
      },
      'Taint the GPU nodes and add a matching toleration only to GPU workloads',
      [
        ['Give every pod a nodeSelector for CPU nodes', 'Relying on every team to opt out is fragile; a taint enforces it.'],
        ['Set gpu_memory_utilization to 1.0', 'That is a vLLM setting; it does not affect scheduling.'],
        ['Put the GPU nodes in a separate namespace', 'Nodes are not namespaced.'],
      ],
    ),
    multiple(
      {
        ...base(4),
        prompt: 'What does the NVIDIA GPU Operator manage on GPU nodes?',
        explanation: 'It deploys the driver, container toolkit and device plugin, configures MIG and exports GPU metrics via DCGM.',
        terms: ['gpu-operator', 'device-plugin'],
        source: SRC.gpuOperator.url,
      },
      ['The GPU driver', 'The device plugin that advertises nvidia.com/gpu', 'GPU metrics through DCGM'],
      [
        ['vLLM’s KV-cache size', 'That is decided by vLLM at start-up.'],
        ['The InferencePool’s Endpoint Picker', 'The EPP is deployed by llm-d or KServe.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'A multi-node vLLM replica (TP=8 on each of two nodes, PP=2) must start, fail and scale as one unit. What manages that?',
        explanation: 'LeaderWorkerSet treats a leader pod and its workers as one replica; KServe’s LLMInferenceService uses it for its worker section.',
        terms: ['leaderworkerset', 'pipeline-parallelism'],
        source: SRC.lws.url,
      },
      'A LeaderWorkerSet',
      [
        ['A Deployment with two replicas', 'Two independent replicas would not form one model instance.'],
        ['A HorizontalPodAutoscaler', 'An HPA changes counts; it does not group pods.'],
        ['An InferencePool', 'A pool selects serving endpoints; it does not create pods.'],
      ],
    ),
  ],
};

export default check;

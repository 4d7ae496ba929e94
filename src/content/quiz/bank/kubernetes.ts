/** Hand-written practice items on the Kubernetes pieces of the stack. */
import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { QuizItem } from '../../../quiz/schema.ts';

const b = (slug: string, lesson: string) => ({ id: `bank:kubernetes:${slug}`, topic: 'kubernetes' as const, lesson });

export const KUBERNETES_BANK: QuizItem[] = [
  numeric(
    { ...b('hpa-formula', 'kserve/autoscaling'), prompt: 'An HPA targets 4 running requests per pod. 4 replicas average 6. How many replicas does it want?', explanation: 'ceil(4 × 6 / 4) = 6.', terms: ['hpa'], source: SRC.k8sHpa.url },
    6,
    'replicas',
    { traps: [[5, 'Round up: ceil(4 × 1.5) = 6.'], [24, 'Multiply the replica count by the ratio 6 / 4, not by 6.']] },
  ),
  single(
    { ...b('hpa-tolerance', 'kserve/autoscaling'), prompt: 'An HPA’s metric is 5 % above target. What does it do, by default?', explanation: 'Nothing: ratios within the default 10 % tolerance are ignored to avoid flapping.', terms: ['hpa'], source: SRC.k8sHpa.url },
    'Nothing, because it is within the 10 % tolerance',
    [
      ['Adds one replica', 'Changes within 10 % of target are skipped.'],
      ['Scales to the maximum', 'The HPA scales proportionally, not to the maximum.'],
      ['Enters panic mode', 'Panic mode is Knative’s, not the HPA’s.'],
    ],
  ),
  multiple(
    { ...b('keda-defaults', 'kserve/autoscaling'), prompt: 'Which are KEDA ScaledObject defaults?', explanation: 'pollingInterval 30 s and cooldownPeriod 300 s before scaling to zero.', terms: ['keda'], source: SRC.keda.url },
    ['Polling interval 30 s', 'Cooldown 300 s before scaling to zero'],
    [
      ['Polling interval 2 s', '2 s is Knative’s decision tick.'],
      ['Cooldown 30 s', '30 s is Knative’s scale-to-zero grace period.'],
    ],
  ),
  single(
    { ...b('service-vs-pool', 'llm-d/inference-gateway'), prompt: 'Why is a plain Kubernetes Service a weak load balancer for LLM servers?', explanation: 'It spreads connections without knowing queues, KV usage or cached prefixes, so related requests scatter and busy pods keep getting work.', terms: ['kubernetes-service', 'inference-pool'], source: SRC.k8sService.url },
    'It balances connections without knowing queues, KV usage or cached prefixes',
    [
      ['It cannot forward HTTP', 'Services forward any TCP traffic.'],
      ['It only works with one pod', 'Services balance across many pods.'],
      ['It needs Knative', 'Services are core Kubernetes.'],
    ],
  ),
  single(
    { ...b('crd-order', 'deployment/installing-the-stack'), prompt: 'kubectl apply of an InferencePool fails with “no matches for kind InferencePool”. What is missing?', explanation: 'The inference extension CRDs: the API server does not know the kind until its CustomResourceDefinition is installed.', terms: ['custom-resource-definition', 'inference-pool'], source: SRC.k8sCrd.url },
    'The Gateway API Inference Extension CRDs',
    [
      ['A running Endpoint Picker', 'The object could be created even before the EPP runs.'],
      ['GPU nodes', 'Creating an API object does not need GPUs.'],
      ['An HTTPRoute', 'Routes reference pools, not the other way round.'],
    ],
  ),
  single(
    { ...b('lws-why', 'deployment/installing-the-stack'), prompt: 'What problem does LeaderWorkerSet solve for LLM serving?', explanation: 'A model split across nodes needs its pods created, restarted and scaled together as one replica.', terms: ['leaderworkerset'], source: SRC.lws.url },
    'Managing multi-node model replicas as single units',
    [
      ['Electing a leader among EPP replicas', 'The EPP has its own leader election.'],
      ['Scheduling GPU pods onto GPU nodes', 'That is the device plugin and the scheduler.'],
      ['Rolling out canaries', 'Canary rollout is a KServe/Knative feature.'],
    ],
  ),
  single(
    { ...b('gpu-request', 'deployment/cluster-setup'), prompt: 'How does a pod ask Kubernetes for two NVIDIA GPUs?', explanation: 'resources.limits: {nvidia.com/gpu: 2}; the device plugin advertises the resource.', terms: ['device-plugin'], source: SRC.k8sDevicePlugins.url },
    'resources.limits with nvidia.com/gpu: 2',
    [
      ['An annotation gpu.nvidia.com/count: 2', 'GPUs are extended resources in limits, not annotations.'],
      ['--tensor-parallel-size 2 alone', 'vLLM uses the GPUs it is given; Kubernetes must allocate them.'],
      ['A ConfigMap listing GPU ids', 'Allocation is done by the device plugin.'],
    ],
  ),
  multiple(
    { ...b('gateway-api-roles', 'llm-d/inference-gateway'), prompt: 'Which are Gateway API resources?', explanation: 'GatewayClass, Gateway and HTTPRoute (and others) are Gateway API; InferencePool comes from the Inference Extension.', terms: ['gateway-api', 'httproute'], source: SRC.gatewayApi.url },
    ['GatewayClass', 'Gateway', 'HTTPRoute'],
    [
      ['InferenceService', 'That is KServe’s.'],
      ['ScaledObject', 'That is KEDA’s.'],
    ],
  ),
  single(
    { ...b('k8s-version', 'deployment/prerequisites-and-sizing'), prompt: 'What minimum Kubernetes version does KServe v0.20 document?', explanation: 'Kubernetes 1.32 or newer (with cert-manager 1.15+ for Standard mode).', terms: ['kserve'], source: SRC.kserveDocs.url },
    '1.32',
    [
      ['1.20', 'Far too old for current Gateway API and KServe.'],
      ['1.28', 'KServe v0.20 documents 1.32 as the minimum.'],
      ['1.36', 'That is newer than required.'],
    ],
  ),
  single(
    { ...b('secret-encoding', 'kserve/security'), prompt: 'By default, how are Kubernetes Secret values stored?', explanation: 'Base64-encoded, not encrypted; restrict access with RBAC and enable encryption at rest.', terms: ['kubernetes-secret', 'rbac'], source: SRC.k8sSecrets.url },
    'Base64-encoded, not encrypted',
    [
      ['Encrypted with the pod’s key', 'Encryption at rest must be configured.'],
      ['Hashed, so they cannot be read back', 'Pods read the original values.'],
      ['Stored only in memory', 'Secrets are stored in etcd.'],
    ],
  ),
];

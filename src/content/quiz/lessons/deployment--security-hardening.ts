import { SRC } from '../../glossary/sources.ts';
import { multiple, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'deployment/security-hardening';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'kubernetes' as const });
const MESH = 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/admin-guide/serverless/servicemesh/index.md';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'What does upstream KServe v0.20.0 offer to authenticate clients of a model endpoint?',
        explanation: 'Nothing of its own: its code has no endpoint-auth annotation. Put authentication on the gateway (for example an Envoy Gateway SecurityPolicy, or Istio RequestAuthentication and AuthorizationPolicy).',
        terms: ['kserve', 'envoy'],
        source: 'https://gateway.envoyproxy.io/docs/tasks/security/',
      },
      'Nothing built in: authentication belongs on the gateway in front of it',
      [
        ['The serving.kserve.io/enable-auth annotation', 'That annotation does not exist in KServe’s code.'],
        ['An API key generated for every InferenceService', 'KServe generates no keys.'],
        ['mTLS between client and model, on by default', 'Mesh mTLS is an Istio feature you configure, and it authenticates workloads, not end users.'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'A blog post adds security.opendatahub.io/enable-auth: "true" to an LLMInferenceService. What does it do on upstream KServe?',
        explanation: 'Nothing: the annotation belongs to OpenDataHub and Red Hat OpenShift AI, which add an Authorino policy in front of the model. Upstream KServe ignores it.',
        terms: ['llm-inference-service'],
        source: SRC.kserveRepo.url,
      },
      'Nothing: it is read by OpenDataHub / OpenShift AI, not by upstream KServe',
      [
        ['It requires a Kubernetes service-account token on every request', 'Only the downstream distributions act on it.'],
        ['It turns on mTLS for the pods', 'mTLS comes from a mesh, not from this annotation.'],
        ['It blocks the service until a NetworkPolicy exists', 'No controller upstream reads it.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'You applied the NetworkPolicy, yet a pod in another namespace still reaches the model server. What is the likeliest reason?',
        explanation: 'NetworkPolicies are enforced by the network plugin. A plugin that does not implement them ignores them silently, so test the policy from another namespace.',
        terms: ['network-policy'],
        source: SRC.k8sNetworkPolicy.url,
      },
      'The cluster’s network plugin does not enforce NetworkPolicy',
      [
        ['NetworkPolicies only apply to Services, not pods', 'They select pods.'],
        ['The policy needs cert-manager', 'cert-manager is unrelated to network policy.'],
        ['Policies take an hour to propagate', 'Enforcing plugins apply them within seconds.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'What is Envoy AI Gateway’s BackendSecurityPolicy for?',
        explanation: 'It holds credentials the gateway presents to a backend, such as a hosted model provider’s API key. Checking your own clients is a separate policy on the Gateway or route.',
        terms: ['envoy-ai-gateway'],
        source: SRC.envoyAiGateway.url,
      },
      'Credentials the gateway uses towards a backend, not a check on your clients',
      [
        ['Per-client API keys for your model', 'That is client authentication, configured on the Gateway or HTTPRoute.'],
        ['TLS certificates for the Endpoint Picker', 'The picker’s TLS is configured in KServe or the router chart.'],
        ['Pod Security Standards for model pods', 'Those are a namespace label.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'llm-d’s disaggregated guide needs pods with IPC_LOCK, NET_ADMIN and NET_RAW. How do you keep baseline Pod Security for the rest?',
        explanation: 'Those capabilities do not pass the baseline standard. Run the RDMA workloads in their own namespace with a looser label and tight RBAC; keep baseline enforced everywhere else.',
        terms: ['pod-security-admission', 'rdma'],
        source: 'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
      },
      'Put the RDMA workloads in a separate namespace with its own, looser label',
      [
        ['Drop the capabilities: RDMA works without them', 'RDMA needs them; the pods would fail.'],
        ['Enforce restricted instead of baseline', 'That is stricter and rejects the pods even more surely.'],
        ['Turn Pod Security admission off cluster-wide', 'That removes the protection from every other namespace too.'],
      ],
    ),
    multiple(
      {
        ...base(6),
        prompt: 'In Knative mode with Istio mTLS STRICT, what must the model namespace’s AuthorizationPolicy admit?',
        explanation: 'KServe’s mesh guide admits the namespace itself, knative-serving (the activator forwards requests and hides the original caller) and the probe and metrics paths; otherwise scale from zero and readiness break.',
        terms: ['mtls', 'authorization-policy', 'activator'],
        source: MESH,
      },
      ['Its own namespace', 'The knative-serving namespace', 'The paths /metrics, /healthz, /ready and /wait-for-drain'],
      [
        ['Every namespace in the cluster', 'That would undo the point of the policy.'],
        ['Only the kube-system namespace', 'Requests do not come from kube-system.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'A model card says “requires --trust-remote-code”. What does enabling it in vLLM do?',
        explanation: 'It runs Python code from the model repository inside your server process. Review that code at a pinned revision before enabling it.',
        terms: ['hugging-face-hub', 'vllm'],
        source: SRC.vllmEngineArgs.url,
      },
      'Runs Python code from the model repository inside the server',
      [
        ['Verifies the weights’ signatures', 'It verifies nothing; it executes code.'],
        ['Lets the server download from private repositories', 'That needs a token, not this flag.'],
        ['Disables the tokenizer’s safety checks', 'It is about executing repository code.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'How do you stop one team from taking every GPU in a shared cluster?',
        explanation: 'A ResourceQuota on requests.nvidia.com/gpu in each team’s namespace caps the GPUs its pods can request.',
        terms: ['device-plugin', 'rbac'],
        source: 'https://kubernetes.io/docs/concepts/policy/resource-quotas/',
      },
      'A ResourceQuota on requests.nvidia.com/gpu in each team’s namespace',
      [
        ['A NetworkPolicy', 'Network policy controls traffic, not resources.'],
        ['Lower gpu_memory_utilization for that team', 'That is a vLLM setting per server; the GPUs are still allocated.'],
        ['A taint on the GPU nodes', 'A taint keeps untolerating pods out, but every GPU workload tolerates it.'],
      ],
    ),
    single(
      {
        ...base(9),
        prompt: 'Why is vLLM’s --api-key a poor main line of defence?',
        explanation: 'It is one shared key per server, checked only after the request has crossed the router to a GPU pod, and it cannot tell tenants apart for quotas. Authenticate at the gateway instead.',
        terms: ['vllm', 'openai-compatible-api'],
        source: SRC.vllmOpenAiServer.url,
      },
      'One shared key per server, checked only after the request reached a GPU pod, with no per-tenant identity',
      [
        ['It does not exist in vLLM', 'It does; it is just the wrong place for the main check.'],
        ['It disables the metrics endpoint', 'It does not affect /metrics.'],
        ['It only works with LoRA adapters', 'It applies to every request.'],
      ],
    ),
  ],
};

export default check;

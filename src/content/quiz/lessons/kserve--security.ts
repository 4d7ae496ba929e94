import { SRC } from '../../glossary/sources.ts';
import { match, multiple, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'kserve/security';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'kserve' as const });
const RBAC = 'https://github.com/kserve/kserve/tree/v0.20.0/config/rbac';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'Does upstream KServe v0.20 require an API key or token for its OpenAI-compatible endpoints?',
        explanation: 'No: upstream KServe does not authenticate inference requests (its samples use api_key="not-needed"). Authentication is added in front of it, for example with an Envoy Gateway SecurityPolicy or Istio policies.',
        terms: ['kserve', 'inference-service'],
        source: 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/getting-started/genai-first-isvc.md',
      },
      'No; authentication has to be added in front of it, for example at the gateway',
      [
        ['Yes, every InferenceService gets a generated key', 'No key is generated; requests are not checked at all.'],
        ['Yes, it reuses the Hugging Face token', 'HF_TOKEN is for downloading gated models, not for clients.'],
        ['Only in Knative mode', 'The deployment mode does not add authentication.'],
      ],
    ),
    multiple(
      {
        ...base(2),
        prompt: 'Which of these authenticate clients of a model served by upstream KServe (no vendor distribution)?',
        explanation: 'Envoy Gateway’s SecurityPolicy (API keys, JWT, OIDC …) and Istio’s RequestAuthentication plus an AuthorizationPolicy requiring a principal both check callers. BackendSecurityPolicy holds the credential the gateway sends to a backend, and the enable-auth annotation is an OpenShift AI / Open Data Hub feature that upstream KServe ignores (serving.kserve.io/enable-auth does not exist).',
        terms: ['envoy-ai-gateway', 'authorization-policy', 'istio'],
        source: 'https://gateway.envoyproxy.io/v1.8/tasks/security/apikey-auth/',
      },
      ['An Envoy Gateway SecurityPolicy with apiKeyAuth on the model’s HTTPRoute', 'Istio RequestAuthentication with an AuthorizationPolicy that requires a request principal'],
      [
        ['An Envoy AI Gateway BackendSecurityPolicy of type APIKey', 'It configures the key the gateway presents to the backend, not a check on clients.'],
        ['The annotation serving.kserve.io/enable-auth: "true"', 'No such annotation exists upstream; the vendor one is security.opendatahub.io/enable-auth.'],
      ],
    ),
    match(
      {
        ...base(3),
        prompt: 'Match each resource with the question it answers for a model namespace.',
        explanation: 'PeerAuthentication sets whether workloads accept plain text or only mutual TLS; RequestAuthentication says which JWTs are valid; AuthorizationPolicy says which identities, namespaces and paths may call; NetworkPolicy says which pods may open connections at all; Envoy Gateway’s SecurityPolicy authenticates clients at the gateway.',
        terms: ['mtls', 'authorization-policy', 'network-policy', 'istio'],
        source: SRC.istioPeerAuth.url,
      },
      [
        ['PeerAuthentication (STRICT)', 'Only mutual-TLS connections are accepted'],
        ['RequestAuthentication', 'Which JSON Web Tokens are valid'],
        ['AuthorizationPolicy', 'Which sources and paths may call the workload'],
        ['NetworkPolicy', 'Which pods may open a connection at all'],
        ['SecurityPolicy (Envoy Gateway)', 'Which clients the gateway lets in, e.g. by API key'],
      ],
      ['Which image digests may run'],
    ),
    single(
      {
        ...base(4),
        prompt: 'In Knative mode with strict mTLS, KServe’s guide allows traffic from the knative-serving namespace. Why does that weaken namespace isolation?',
        explanation: 'When the activator is on the path it proxies requests under its own identity and the original caller’s namespace is lost (net-istio issue 554), so allowing knative-serving admits whoever reached the activator. Setting target-burst-capacity to 0 takes the activator out of the path once pods exist, or authenticate callers with a JWT at the edge.',
        terms: ['activator', 'authorization-policy', 'mtls'],
        source: SRC.kserveMesh.url,
      },
      'The activator forwards requests under its own identity, hiding the original caller',
      [
        ['knative-serving pods run without sidecars', 'The guide requires sidecars on the activator; the problem is identity, not encryption.'],
        ['The rule also allows egress to the internet', 'AuthorizationPolicy governs inbound requests to the workload.'],
        ['Knative disables mTLS for revisions', 'mTLS stays on; the caller’s identity is what gets lost.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'Why should the right to create InferenceServices in a namespace be granted as carefully as the right to create pods?',
        explanation: 'The predictor spec accepts any container image, command and serviceAccountName in the namespace; the controller then creates the pods. Whoever can create an InferenceService can run code with any identity there and mount any Secret it can read.',
        terms: ['rbac', 'inference-service', 'kubernetes-secret'],
        source: RBAC,
      },
      'Its spec can run any container with any service account in the namespace',
      [
        ['InferenceServices are cluster-scoped', 'They are namespaced; the risk is inside the namespace.'],
        ['Creating one grants cluster-admin', 'It grants what the namespace’s service accounts and images can do, not cluster-admin.'],
        ['It exposes the KServe controller’s token', 'The controller’s token stays in the kserve namespace.'],
      ],
    ),
    multiple(
      {
        ...base(6),
        prompt: 'Which permissions do the ClusterRoles shipped with KServe v0.20.0 give its controllers?',
        explanation: 'kserve-manager-role can get every Secret and ServiceAccount and manage Deployments, Services, HPAs, HTTPRoutes and webhook configurations; kserve-llmisvc-manager-role can create Secrets, ServiceAccounts, Roles and RoleBindings. Neither lists nodes or exec into pods.',
        terms: ['rbac', 'operator'],
        source: RBAC,
      },
      ['Read any Secret in the cluster (InferenceService controller)', 'Create Roles and RoleBindings (LLMInferenceService controller)'],
      [
        ['Delete nodes', 'Neither controller manages nodes.'],
        ['Exec into any pod', 'pods/exec is not in either role; the InferenceService controller only reads pods.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'Two tenants share a vLLM deployment. What does a per-tenant cache_salt protect against?',
        explanation: 'Without isolation, a fast first token can reveal that another tenant sent the same prefix. The salt enters the first block’s hash, so tenants never hit each other’s cached blocks.',
        terms: ['cache-salt', 'automatic-prefix-caching'],
        source: SRC.vllmPrefixCaching.url,
      },
      'Inferring another tenant’s prompts from prefix-cache timing',
      [
        ['Reading another tenant’s KV blocks directly from GPU memory', 'The salt changes hashing; memory isolation is a different matter.'],
        ['Prompt injection', 'Salting cache keys does nothing about the content of prompts.'],
        ['Unauthenticated access to the API', 'That needs authentication at the gateway.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'Where should the HF_TOKEN for a gated model live?',
        explanation: 'In a Kubernetes Secret referenced from the predictor’s service account, an env secretKeyRef or a ClusterStorageContainer, readable only by the workloads that need it — never in the InferenceService spec, a ConfigMap or an image.',
        terms: ['kubernetes-secret', 'rbac'],
        source: SRC.k8sSecrets.url,
      },
      'In a Secret readable only by the workloads that need it',
      [
        ['As a plain-text argument in the InferenceService', 'Anyone who can read the resource could read the token.'],
        ['In the container image', 'Images are widely pulled and cached; the token would leak.'],
        ['In a ConfigMap', 'ConfigMaps are not meant for sensitive values.'],
      ],
    ),
  ],
};

export default check;

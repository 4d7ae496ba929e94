import { SRC } from '../../glossary/sources.ts';
import { order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'deployment/installing-the-stack';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'architecture' as const });
const HELM_SCRIPT = 'https://github.com/kserve/kserve/blob/v0.20.0/hack/setup/infra/manage.kserve-helm.sh';

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
        prompt: 'Every kubectl apply of an InferenceService fails with “failed calling webhook … x509: certificate signed by unknown authority”. What is wrong?',
        explanation: 'KServe’s admission webhooks serve TLS with certificates that cert-manager issues and injects. If cert-manager is missing, or has not issued the certificate yet, the API server cannot call the webhook.',
        terms: ['cert-manager', 'operator'],
        source: SRC.certManager.url,
      },
      'cert-manager is missing or has not yet issued the webhook certificate',
      [
        ['The InferenceService CRD is missing', 'A missing CRD gives “no matches for kind”, not a webhook error.'],
        ['The model is gated and needs HF_TOKEN', 'Credentials matter only when the storage initializer runs, long after admission.'],
        ['The GPU Operator is not installed', 'GPUs are checked by the scheduler, after admission.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'Why does this lesson install kserve-llmisvc-resources with --set kserve.llmisvc.createGIECRDs=false?',
        explanation: 'The chart bundles the Inference Extension and llm-d.ai CRDs. They were already applied with kubectl, and Helm refuses to take over objects it did not create; the switch leaves them alone.',
        terms: ['custom-resource-definition', 'gateway-api-inference-extension'],
        source: HELM_SCRIPT,
      },
      'The Inference Extension CRDs were applied with kubectl, and Helm will not take over objects it does not own',
      [
        ['LLMInferenceService does not use InferencePools', 'It creates an InferencePool for every service with a scheduler.'],
        ['The CRDs are only needed in Knative mode', 'They are needed on the Standard path, for the InferencePool.'],
        ['It makes the install faster', 'The reason is ownership, not speed.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'Why does the kserve-runtime-configs chart go in last?',
        explanation: 'Besides the ClusterServingRuntimes it holds the LLMInferenceServiceConfig presets, which the LLMInferenceService webhook validates; KServe’s script waits for that webhook before installing it.',
        terms: ['serving-runtime', 'llm-inference-service'],
        source: HELM_SCRIPT,
      },
      'Its LLMInferenceServiceConfig presets are checked by the LLMInferenceService webhook, which must be serving first',
      [
        ['It deletes the other charts’ defaults', 'It adds runtimes and presets; it removes nothing.'],
        ['Runtimes must be installed after the first model', 'Without a runtime the first InferenceService cannot run at all.'],
        ['Helm installs charts in reverse order', 'Helm installs exactly what you ask, when you ask.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'You install kserve-resources v0.20.0 without setting kserve.controller.deploymentMode. Which mode do new InferenceServices get?',
        explanation: 'The chart still ships Knative as its default mode, although KServe recommends Standard for generative models (and the code’s own fallback for an empty setting is Standard). Set the mode explicitly.',
        terms: ['deployment-mode', 'knative-serving'],
        source: 'https://github.com/kserve/kserve/blob/v0.20.0/charts/kserve-resources/values.yaml',
      },
      'Knative, the chart’s default, which needs Knative Serving installed',
      [
        ['Standard, because KServe recommends it for generative models', 'A recommendation is not a default: the chart value is Knative.'],
        ['RawDeployment', 'That is the pre-v0.16 name of Standard mode, and not the chart default.'],
        ['None: the controller refuses to start', 'The controller starts with the chart’s default.'],
      ],
    ),
    single(
      {
        ...base(6),
        prompt: 'Why is Envoy Gateway installed with --skip-crds after only its own CRDs were applied?',
        explanation: 'The gateway-helm chart also carries Gateway API CRDs. Applying only the gateway.envoyproxy.io CRDs and skipping the chart’s CRDs keeps the Gateway API v1.5.1 CRDs you applied as the only copy.',
        terms: ['envoy', 'gateway-api', 'custom-resource-definition'],
        source: 'https://github.com/kserve/kserve/blob/v0.20.0/hack/setup/infra/manage.envoy-gateway-helm.sh',
      },
      'So the chart does not install a second copy of the Gateway API CRDs over the v1.5.1 ones',
      [
        ['Envoy Gateway needs no CRDs', 'It has its own CRDs (gateway.envoyproxy.io), which are applied first.'],
        ['--skip-crds makes Envoy Gateway use Istio’s CRDs', 'It only stops Helm from applying the chart’s CRDs.'],
        ['CRDs cannot be installed by Helm', 'Helm can install CRDs; here it should not.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'Which command installs the KServe CRDs as this course pins them?',
        explanation: 'KServe’s charts are OCI artifacts under ghcr.io/kserve/charts, installed at an explicit --version. Without one, Helm takes whatever is newest on the day you run it.',
        terms: ['kserve', 'custom-resource-definition'],
        source: HELM_SCRIPT,
      },
      'helm install kserve-crd oci://ghcr.io/kserve/charts/kserve-crd --version v0.20.0 -n kserve --create-namespace',
      [
        // deployment-commands: allow (a distractor showing an unpinned install on purpose)
        ['helm install kserve-crd oci://ghcr.io/kserve/charts/kserve-crd -n kserve --create-namespace', 'No --version: you get whatever release is newest that day.'],
        ['helm install kserve kserve/kserve --version v0.20.0', 'There is no kserve/kserve chart repository; the charts are OCI artifacts.'],
        ['kubectl apply -f kserve-crd.yaml', 'There is no such release file; the YAML path applies kserve.yaml server-side.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'You run llm-d without any Kubernetes Gateway. Which router chart do you install?',
        explanation: 'llm-d-router-standalone runs the Endpoint Picker with an Envoy proxy beside it and creates the InferencePool; llm-d-router-gateway plugs the picker into a Gateway you already run.',
        terms: ['llm-d-router', 'endpoint-picker', 'inference-pool'],
        source: 'https://github.com/llm-d/llm-d/blob/release-0.8/guides/optimized-baseline/README.md',
      },
      'oci://ghcr.io/llm-d/charts/llm-d-router-standalone, pinned with --version v0.9.0',
      [
        ['oci://ghcr.io/llm-d/charts/llm-d-router-gateway with no Gateway', 'The gateway chart expects an existing Gateway to attach an HTTPRoute to.'],
        ['The KServe kserve-llmisvc-resources chart', 'That is KServe’s controller for LLMInferenceService, not llm-d on its own.'],
        ['No chart: llm-d runs inside vLLM', 'The router is a separate component in front of vLLM.'],
      ],
    ),
    single(
      {
        ...base(9),
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

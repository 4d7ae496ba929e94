import type { DeployCommand, DeployStep } from './types.ts';

/**
 * The deployment module's install steps, in the order they are run. Every command was copied from
 * (or checked line by line against) the upstream file named in `source`, at the release named in
 * `checkedAgainst`. Learner choices are shell variables; the plan bundle sets them at the top of its
 * script:
 *
 *   NAMESPACE   the namespace the model runs in (not one labelled `control-plane`)
 *   MODEL_NAME  the InferenceService / LLMInferenceService name and served model name
 *   MODEL_URI   where the weights come from, e.g. hf://Qwen/Qwen2.5-7B-Instruct
 *   MODEL_ID    the Hugging Face id of the same model, e.g. Qwen/Qwen2.5-7B-Instruct
 *   HF_TOKEN    a Hugging Face token (gated models only)
 *   GPUS        GPUs per replica (the tensor-parallel degree)
 *
 * tests/unit/content/deployment-commands.test.ts checks every command here for fictional or
 * outdated installs.
 */

/** Versions the module pins; the command test checks the commands use these. */
export const DEPLOY_PINS = {
  kubernetesMin: '1.32',
  kserve: 'v0.20.0',
  certManager: 'v1.17.0',
  gatewayApi: 'v1.5.1',
  inferenceExtension: 'v1.5.0',
  llmdRouter: 'v0.9.0',
  llmd: 'v0.8',
  envoyGateway: 'v1.8.1',
  envoyAiGateway: 'v1.0.0',
  lws: 'v0.8.0',
  knativeServing: 'v1.21.1',
  gpuOperator: 'v26.7.0',
  kubePrometheusStack: '83.4.0',
  vllm: '0.33.0',
  guidellm: '0.7.3',
  inferencePerf: '0.6.1',
  kind: 'v0.30.0',
} as const;

/**
 * The shell variables the commands use, with what each holds. The plan bundle sets the learner's
 * choices; the others are set by an earlier command (`export GATEWAY_IP=…`) or by the reader at
 * the moment they need it (a revision number, a pod name).
 */
export const DEPLOY_VARIABLES: Readonly<Record<string, string>> = {
  NAMESPACE: 'Namespace the model runs in (not one labelled control-plane).',
  MODEL_NAME: 'Name of the InferenceService or LLMInferenceService; also the served model name of an InferenceService.',
  MODEL_URI: 'Where the weights come from, e.g. hf://Qwen/Qwen2.5-7B-Instruct.',
  MODEL_ID: 'The Hugging Face id of the model, e.g. Qwen/Qwen2.5-7B-Instruct (the "model" field of an LLMInferenceService request).',
  HF_TOKEN: 'A Hugging Face access token (needed for gated models).',
  GPUS: 'GPUs per replica, equal to the tensor-parallel degree.',
  REPO_ROOT: 'The llm-d checkout (set by the llm-d-prepare step).',
  GATEWAY_IP: 'Address of the Gateway or ingress (set by the smoke-test step).',
  ISVC_HOST: 'Host name of an InferenceService, from its status.url (set by the smoke-test step).',
  NEW_MODEL_URI: 'Weights of the new version in a canary rollout.',
  KSERVE_TARGET: 'The KServe release you are upgrading to, tested in staging first.',
  REVISION: 'A Helm revision number from helm history.',
  POD: 'The name of the pod you are investigating.',
};

const KS = 'https://github.com/kserve/kserve/blob/v0.20.0';
const KSW = 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20';
const CHECK_KSERVE = 'KServe v0.20.0';

const SRC = {
  kserveDeps: `${KS}/kserve-deps.env`,
  kserveQuickstart: `${KSW}/getting-started/quickstart-guide.md`,
  kserveHelmScript: `${KS}/hack/setup/infra/manage.kserve-helm.sh`,
  certManagerScript: `${KS}/hack/setup/infra/manage.cert-manager-helm.sh`,
  gatewayApiScript: `${KS}/hack/setup/infra/gateway-api/manage.gateway-api-crd.sh`,
  gieScript: `${KS}/hack/setup/infra/gateway-api/manage.gateway-api-extension-crd.sh`,
  envoyGatewayScript: `${KS}/hack/setup/infra/manage.envoy-gateway-helm.sh`,
  envoyAiGatewayScript: `${KS}/hack/setup/infra/manage.envoy-ai-gateway-helm.sh`,
  lwsScript: `${KS}/hack/setup/infra/manage.lws-operator.sh`,
  gatewayScript: `${KS}/hack/setup/infra/gateway-api/manage.gateway-api-gw.sh`,
  knativeScript: `${KS}/hack/setup/infra/knative/manage.knative-operator-helm.sh`,
  knativeKourier: `${KS}/hack/setup/infra/knative/templates/knative-serving-kourier.yaml`,
  prometheusScript: `${KS}/hack/setup/infra/manage.prometheus-helm.sh`,
  kserveLlmisvcInstall: `${KSW}/admin-guide/kubernetes-deployment-llmisvc.md`,
  kserveStandard: `${KSW}/admin-guide/kubernetes-deployment.md`,
  kserveKourier: `${KSW}/admin-guide/serverless/kourier-networking/index.md`,
  kserveFirstIsvc: `${KSW}/getting-started/genai-first-isvc.md`,
  kserveFirstLlmisvc: `${KSW}/getting-started/genai-first-llmisvc.md`,
  kserveHf: `${KSW}/model-serving/storage/providers/hf.md`,
  kserveCanary: `${KSW}/model-serving/predictive-inference/rollout-strategies/canary-example.md`,
  llmisvcCanary: `${KSW}/model-serving/generative-inference/llmisvc/canary-rollout.md`,
  llmisvcServiceMonitor: `${KS}/docs/samples/llmisvc/e2e-gpt-oss/service_monitor.yaml`,
  minikubeGpu: 'https://minikube.sigs.k8s.io/docs/tutorials/nvidia/',
  kindQuickStart: 'https://kind.sigs.k8s.io/docs/user/quick-start/',
  gpuOperator: 'https://github.com/NVIDIA/gpu-operator/blob/v26.7.0/README.md',
  gpuOperatorDocs: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/getting-started.html',
  llmdQuickstart: 'https://llm-d.ai/docs/0.8/getting-started/quickstart',
  llmdBaseline: 'https://github.com/llm-d/llm-d/blob/release-0.8/guides/optimized-baseline/README.md',
  llmdObservability: 'https://llm-d.ai/docs/0.8/operations/observability/setup',
  vllmDashboards: 'https://github.com/vllm-project/vllm/tree/v0.33.0/examples/observability/dashboards/grafana',
  vllmBench: 'https://docs.vllm.ai/en/latest/benchmarking/cli/',
  guidellm: 'https://github.com/vllm-project/guidellm/blob/v0.7.3/README.md',
  inferencePerf: 'https://github.com/kubernetes-sigs/inference-perf/blob/v0.6.1/README.md',
  giAlerts: 'https://github.com/kubernetes-sigs/gateway-api-inference-extension/blob/v1.5.0/tools/alerts/alert.yaml',
  podSecurity: 'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
  networkPolicy: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/',
  helmRollback: 'https://helm.sh/docs/helm/helm_rollback/',
  kubectlDebug: 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/',
} as const;

const cmd = (run: string, checkedAgainst: string, source: string, note?: string): DeployCommand =>
  note === undefined ? { run, checkedAgainst, source } : { run, checkedAgainst, source, note };

const GPU_COUNT = `kubectl get nodes -o jsonpath='{.items[*].status.allocatable.nvidia\\.com/gpu}'`;

export const DEPLOY_STEPS: readonly DeployStep[] = [
  // ── 01 prerequisites and sizing ────────────────────────────────────────────
  {
    id: 'client-tools',
    lesson: 'deployment/prerequisites-and-sizing',
    title: 'Check your client tools',
    why: 'Every later step uses kubectl and Helm; the Envoy Gateway step also needs mikefarah yq v4. KServe v0.20.0 tests its scripts with Helm v3.16.3, yq v4.52.1 and kind v0.30.0.',
    commands: [
      cmd('kubectl version --client\nhelm version --short\nyq --version', CHECK_KSERVE, SRC.kserveDeps, 'Helm 3.16 or newer; yq must be mikefarah yq v4, not the Python yq wrapper.'),
    ],
    verify: cmd('kubectl version', CHECK_KSERVE, SRC.kserveQuickstart, 'Once a cluster exists: "Server Version" must be v1.32 or newer for KServe v0.20.'),
  },

  // ── 02 cluster setup ───────────────────────────────────────────────────────
  {
    id: 'cluster-kind',
    lesson: 'deployment/cluster-setup',
    title: 'A CPU-only cluster for a dry run (kind)',
    why: 'kubectl cannot create clusters; kind runs Kubernetes in Docker containers, enough to install the whole stack and serve a small model on CPU before you pay for GPUs.',
    commands: [
      cmd('kind create cluster --name serving-lab', 'kind v0.30.0', SRC.kindQuickStart, 'Uses the default node image of your kind release; kind v0.30.0 is the version KServe v0.20.0 tests with.'),
    ],
    verify: cmd('kubectl get nodes -o wide', 'kind v0.30.0', SRC.kindQuickStart, 'One node, STATUS Ready, VERSION v1.32 or newer.'),
  },
  {
    id: 'cluster-minikube-gpu',
    lesson: 'deployment/cluster-setup',
    title: 'A one-machine GPU cluster (minikube)',
    why: 'On a workstation with an NVIDIA GPU, minikube can pass the GPU through to its node. It needs the NVIDIA driver and the NVIDIA Container Toolkit on the host, configured for Docker.',
    commands: [
      cmd('sudo nvidia-ctk runtime configure --runtime=docker && sudo systemctl restart docker', 'minikube v1.32+ NVIDIA tutorial', SRC.minikubeGpu, 'Run once on the host after installing the NVIDIA Container Toolkit.'),
      cmd('minikube start --driver docker --container-runtime docker --gpus all', 'minikube v1.32+ NVIDIA tutorial', SRC.minikubeGpu, 'The docker driver with the docker container runtime is the combination that supports --gpus (experimental).'),
    ],
    verify: cmd(GPU_COUNT, 'minikube v1.32+ NVIDIA tutorial', SRC.minikubeGpu, 'Prints the number of GPUs the node advertises, e.g. 1.'),
  },
  {
    id: 'gpu-operator',
    lesson: 'deployment/cluster-setup',
    title: 'GPU nodes on a managed cluster: the NVIDIA GPU Operator',
    why: 'On EKS, GKE, AKS or OpenShift GPU nodes, the GPU Operator installs and keeps in step the driver, container toolkit, device plugin, GPU feature discovery and the DCGM exporter.',
    commands: [
      cmd('helm repo add nvidia https://helm.ngc.nvidia.com/nvidia && helm repo update', 'GPU Operator v26.7.0', SRC.gpuOperator),
      cmd('helm search repo nvidia/gpu-operator --versions | head -5', 'GPU Operator v26.7.0', SRC.gpuOperatorDocs, 'Confirm v26.7.0 is published in the repository before installing it.'),
      cmd(
        'helm install --wait --generate-name -n gpu-operator --create-namespace \\\n  nvidia/gpu-operator --version=v26.7.0',
        'GPU Operator v26.7.0',
        SRC.gpuOperator,
        'If your provider pre-installs the driver (for example GKE with its own driver installer), add --set driver.enabled=false.',
      ),
    ],
    verify: cmd(GPU_COUNT, 'GPU Operator v26.7.0', SRC.gpuOperator, 'Each GPU node lists its GPU count, e.g. "8 8" for two 8-GPU nodes.'),
  },

  // ── 03 installing the stack ────────────────────────────────────────────────
  {
    id: 'cert-manager',
    lesson: 'deployment/installing-the-stack',
    title: 'cert-manager',
    why: 'KServe’s admission webhooks need serving certificates, so cert-manager goes in first in every KServe mode. KServe v0.20.0 pins v1.17.0.',
    paths: ['kserve-standard', 'kserve-knative'],
    commands: [
      cmd('helm repo add jetstack https://charts.jetstack.io --force-update', CHECK_KSERVE, SRC.certManagerScript),
      cmd(
        'helm install cert-manager jetstack/cert-manager -n cert-manager --create-namespace \\\n  --version v1.17.0 --set crds.enabled=true --wait',
        CHECK_KSERVE,
        SRC.certManagerScript,
      ),
    ],
    verify: cmd('kubectl get pods -n cert-manager', 'cert-manager v1.17.0', SRC.certManagerScript, 'Three pods (cert-manager, cainjector, webhook) Running.'),
  },
  {
    id: 'gateway-api-crds',
    lesson: 'deployment/installing-the-stack',
    title: 'Gateway API CRDs',
    why: 'Standard mode and LLMInferenceService route through a Kubernetes Gateway; the Gateway, GatewayClass and HTTPRoute kinds must exist before anything uses them.',
    paths: ['kserve-standard'],
    commands: [
      cmd('kubectl apply -f https://github.com/kubernetes-sigs/gateway-api/releases/download/v1.5.1/standard-install.yaml', CHECK_KSERVE, SRC.gatewayApiScript),
    ],
    verify: cmd('kubectl get crd gateways.gateway.networking.k8s.io httproutes.gateway.networking.k8s.io', 'Gateway API v1.5.1', SRC.gatewayApiScript),
  },
  {
    id: 'inference-extension-crds',
    lesson: 'deployment/installing-the-stack',
    title: 'Gateway API Inference Extension CRDs',
    why: 'InferencePool (which pods serve a model, and which Endpoint Picker routes to them) is a custom resource from the Inference Extension; llm-d and KServe’s LLMInferenceService both create InferencePools.',
    paths: ['kserve-standard', 'llm-d'],
    commands: [
      cmd(
        'kubectl apply -f https://github.com/kubernetes-sigs/gateway-api-inference-extension/releases/download/v1.5.0/v1-manifests.yaml',
        'KServe v0.20.0 / llm-d v0.8',
        SRC.gieScript,
      ),
    ],
    verify: cmd('kubectl get crd inferencepools.inference.networking.k8s.io', 'Inference Extension v1.5.0', SRC.gieScript),
  },
  {
    id: 'llm-d-router-crds',
    lesson: 'deployment/installing-the-stack',
    title: 'llm-d router CRDs (InferenceObjective, InferenceModelRewrite)',
    why: 'KServe v0.20.0’s LLMInferenceService controller also manages llm-d.ai InferenceObjective and InferenceModelRewrite objects; their CRDs come from the llm-d router release it pins (v0.9.0).',
    paths: ['kserve-standard'],
    commands: [cmd('kubectl apply -f https://github.com/llm-d/llm-d-router/releases/download/v0.9.0/manifests.yaml', CHECK_KSERVE, SRC.gieScript)],
  },
  {
    id: 'envoy-gateway',
    lesson: 'deployment/installing-the-stack',
    title: 'Envoy Gateway and Envoy AI Gateway',
    why: 'The Gateway implementation KServe v0.20.0 installs for LLMInferenceService: Envoy Gateway v1.8.1 with the inference-pool add-on, and Envoy AI Gateway v1.0.0. Only Envoy Gateway’s own CRDs are applied, so its chart does not bring a second copy of the Gateway API CRDs.',
    paths: ['kserve-standard'],
    commands: [
      cmd(
        "helm show crds oci://docker.io/envoyproxy/gateway-helm --version v1.8.1 \\\n  | yq 'select(.spec.group == \"gateway.envoyproxy.io\")' \\\n  | kubectl apply --server-side --force-conflicts -f -",
        CHECK_KSERVE,
        SRC.envoyGatewayScript,
      ),
      cmd(
        'helm upgrade -i eg oci://docker.io/envoyproxy/gateway-helm --version v1.8.1 \\\n  -n envoy-gateway-system --create-namespace --skip-crds --wait \\\n  -f https://raw.githubusercontent.com/envoyproxy/ai-gateway/v1.0.0/manifests/envoy-gateway-values.yaml \\\n  -f https://raw.githubusercontent.com/envoyproxy/ai-gateway/v1.0.0/examples/inference-pool/envoy-gateway-values-addon.yaml',
        CHECK_KSERVE,
        SRC.envoyGatewayScript,
      ),
      cmd(
        'helm upgrade -i aieg-crd oci://docker.io/envoyproxy/ai-gateway-crds-helm --version v1.0.0 \\\n  -n envoy-ai-gateway-system --create-namespace\nhelm upgrade -i aieg oci://docker.io/envoyproxy/ai-gateway-helm --version v1.0.0 \\\n  -n envoy-ai-gateway-system --create-namespace',
        CHECK_KSERVE,
        SRC.envoyAiGatewayScript,
      ),
    ],
    verify: cmd('kubectl get pods -n envoy-gateway-system && kubectl get pods -n envoy-ai-gateway-system', 'Envoy Gateway v1.8.1 / Envoy AI Gateway v1.0.0', SRC.envoyGatewayScript),
  },
  {
    id: 'lws',
    lesson: 'deployment/installing-the-stack',
    title: 'LeaderWorkerSet controller',
    why: 'LLMInferenceService runs multi-node replicas (a `worker` section) as LeaderWorkerSets; KServe v0.20.0 pins LWS v0.8.0. The manifest is applied server-side because its CRD is too large for a client-side apply.',
    paths: ['kserve-standard'],
    commands: [cmd('kubectl apply --server-side -f https://github.com/kubernetes-sigs/lws/releases/download/v0.8.0/manifests.yaml', CHECK_KSERVE, SRC.lwsScript)],
    verify: cmd('kubectl get pods -n lws-system', 'LWS v0.8.0', SRC.lwsScript),
  },
  {
    id: 'kserve-gateway',
    lesson: 'deployment/installing-the-stack',
    title: 'GatewayClass and the shared KServe Gateway',
    why: 'KServe does not create Gateways for LLMInferenceServices: without gateway refs their HTTPRoutes attach to the shared Gateway kserve/kserve-ingress-gateway, which you create once.',
    paths: ['kserve-standard'],
    commands: [
      cmd(
        `kubectl create namespace kserve --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f - <<'EOF'
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: envoy
spec:
  controllerName: gateway.envoyproxy.io/gatewayclass-controller
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: kserve-ingress-gateway
  namespace: kserve
spec:
  gatewayClassName: envoy
  listeners:
    - name: http
      protocol: HTTP
      port: 80
      allowedRoutes:
        namespaces:
          from: All
  infrastructure:
    labels:
      serving.kserve.io/gateway: kserve-ingress-gateway
EOF`,
        CHECK_KSERVE,
        SRC.gatewayScript,
      ),
    ],
    verify: cmd(
      'kubectl get gateway kserve-ingress-gateway -n kserve',
      CHECK_KSERVE,
      SRC.gatewayScript,
      'PROGRAMMED True and an ADDRESS. On kind or minikube the address needs a load-balancer implementation (MetalLB, or minikube tunnel).',
    ),
  },
  {
    id: 'knative-serving',
    lesson: 'deployment/installing-the-stack',
    title: 'Knative Serving v1.21.1 with Kourier',
    why: 'Knative mode needs Knative Serving for revisions, scale to zero and traffic splitting. KServe v0.20.0 installs it with the Knative Operator v1.21.1; Kourier is the lighter network layer (Istio is the other).',
    paths: ['kserve-knative'],
    commands: [
      cmd(
        'helm install knative-operator --namespace knative-operator --create-namespace --wait \\\n  https://github.com/knative/operator/releases/download/knative-v1.21.1/knative-operator-v1.21.1.tgz',
        CHECK_KSERVE,
        SRC.knativeScript,
      ),
      cmd(
        `kubectl create namespace knative-serving --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f - <<'EOF'
apiVersion: operator.knative.dev/v1beta1
kind: KnativeServing
metadata:
  name: knative-serving
  namespace: knative-serving
spec:
  version: "1.21.1"
  ingress:
    kourier:
      enabled: true
  config:
    network:
      ingress-class: "kourier.ingress.networking.knative.dev"
    domain:
      example.com: ""
EOF`,
        CHECK_KSERVE,
        SRC.knativeKourier,
        'The domain entry is what KServe’s own template sets: svc.cluster.local is not exposed on the ingress. Use your real domain in production.',
      ),
    ],
    verify: cmd('kubectl wait --for=condition=Ready -n knative-serving KnativeServing knative-serving --timeout=300s', 'Knative Serving v1.21.1', SRC.knativeScript),
  },
  {
    id: 'kserve-standard-helm',
    lesson: 'deployment/installing-the-stack',
    title: 'KServe v0.20.0 in Standard mode (Helm)',
    why: 'Standard mode runs each predictor as a Deployment behind the Gateway; KServe recommends it for generative models. Set the mode explicitly: the chart’s default is still Knative.',
    paths: ['kserve-standard'],
    commands: [
      cmd('helm install kserve-crd oci://ghcr.io/kserve/charts/kserve-crd --version v0.20.0 -n kserve --create-namespace', CHECK_KSERVE, SRC.kserveHelmScript),
      cmd(
        'helm install kserve-resources oci://ghcr.io/kserve/charts/kserve-resources --version v0.20.0 -n kserve --wait \\\n  --set kserve.controller.deploymentMode=Standard \\\n  --set kserve.controller.gateway.ingressGateway.enableGatewayApi=true \\\n  --set kserve.controller.gateway.ingressGateway.kserveGateway=kserve/kserve-ingress-gateway',
        CHECK_KSERVE,
        SRC.kserveHelmScript,
      ),
    ],
    verify: cmd('kubectl get pods -n kserve', CHECK_KSERVE, SRC.kserveStandard, 'kserve-controller-manager Running (2/2).'),
  },
  {
    id: 'kserve-llmisvc-helm',
    lesson: 'deployment/installing-the-stack',
    title: 'KServe LLMInferenceService controller (Helm)',
    why: 'LLMInferenceService (the llm-d integration: InferencePool, Endpoint Picker, P/D, multi-node) has its own charts. The shared resources already came with kserve-resources, and the Inference Extension CRDs were applied with kubectl, so both are switched off here.',
    paths: ['kserve-standard'],
    commands: [
      cmd('helm install kserve-llmisvc-crd oci://ghcr.io/kserve/charts/kserve-llmisvc-crd --version v0.20.0 -n kserve', CHECK_KSERVE, SRC.kserveHelmScript),
      cmd(
        'helm install kserve-llmisvc-resources oci://ghcr.io/kserve/charts/kserve-llmisvc-resources --version v0.20.0 -n kserve --wait \\\n  --set kserve.createSharedResources=false \\\n  --set kserve.llmisvc.createGIECRDs=false',
        CHECK_KSERVE,
        SRC.kserveHelmScript,
      ),
    ],
    verify: cmd('kubectl get crd llminferenceservices.serving.kserve.io && kubectl get pods -n kserve', CHECK_KSERVE, SRC.kserveLlmisvcInstall),
  },
  {
    id: 'kserve-knative-helm',
    lesson: 'deployment/installing-the-stack',
    title: 'KServe v0.20.0 in Knative mode (Helm)',
    why: 'Knative mode runs each predictor as a Knative Service: revisions, canary traffic splits and scale to zero. With Kourier instead of Istio, KServe must not create Istio VirtualServices.',
    paths: ['kserve-knative'],
    commands: [
      cmd('helm install kserve-crd oci://ghcr.io/kserve/charts/kserve-crd --version v0.20.0 -n kserve --create-namespace', CHECK_KSERVE, SRC.kserveHelmScript),
      cmd(
        'helm install kserve-resources oci://ghcr.io/kserve/charts/kserve-resources --version v0.20.0 -n kserve --wait \\\n  --set kserve.controller.deploymentMode=Knative \\\n  --set kserve.controller.gateway.disableIstioVirtualHost=true',
        CHECK_KSERVE,
        SRC.kserveKourier,
      ),
    ],
    verify: cmd('kubectl get pods -n kserve', CHECK_KSERVE, SRC.kserveHelmScript, 'kserve-controller-manager Running.'),
  },
  {
    id: 'kserve-runtimes',
    lesson: 'deployment/installing-the-stack',
    title: 'Serving runtimes and LLMInferenceService presets',
    why: 'The KServe charts install no ClusterServingRuntime by default, so an InferenceService would find no runtime. This chart goes last: its LLMInferenceServiceConfig presets need the LLMInferenceService CRDs and webhook, so they are switched on only where that controller is installed.',
    paths: ['kserve-standard', 'kserve-knative'],
    commands: [
      cmd(
        'helm install kserve-runtime-configs oci://ghcr.io/kserve/charts/kserve-runtime-configs --version v0.20.0 -n kserve --wait \\\n  --set kserve.servingruntime.enabled=true \\\n  --set kserve.llmisvcConfigs.enabled=true',
        CHECK_KSERVE,
        SRC.kserveHelmScript,
        'Without the LLMInferenceService controller (the Knative path, or InferenceServices only) drop the last --set line: the presets need its CRDs and webhook.',
      ),
    ],
    verify: cmd('kubectl get clusterservingruntimes', CHECK_KSERVE, SRC.kserveHelmScript, 'Lists kserve-huggingfaceserver, kserve-vllmserver and the other runtimes.'),
  },
  {
    id: 'llm-d-prepare',
    lesson: 'deployment/installing-the-stack',
    title: 'llm-d: the guides, a namespace and the Hugging Face token',
    why: 'llm-d v0.8 ships its deployment recipes (router values, model-server Kustomize overlays) in the llm-d repository; check out the release branch so the recipes match the charts.',
    paths: ['llm-d'],
    commands: [
      cmd('git clone https://github.com/llm-d/llm-d.git && cd llm-d && git checkout release-0.8\nexport REPO_ROOT=$(realpath $(git rev-parse --show-toplevel))', 'llm-d v0.8', SRC.llmdQuickstart),
      cmd(
        'kubectl create namespace $NAMESPACE --dry-run=client -o yaml | kubectl apply -f -\nkubectl create secret generic llm-d-hf-token --from-literal="HF_TOKEN=$HF_TOKEN" \\\n  --namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -',
        'llm-d v0.8',
        SRC.llmdQuickstart,
        'The model-server manifests read the token from a Secret named llm-d-hf-token, key HF_TOKEN.',
      ),
    ],
  },
  {
    id: 'llm-d-router',
    lesson: 'deployment/installing-the-stack',
    title: 'llm-d router (standalone mode)',
    why: 'The router chart deploys the Endpoint Picker with an Envoy proxy beside it and the InferencePool, with no Kubernetes Gateway needed. Chart v0.9.0 is the llm-d v0.8 router release (the same one KServe v0.20.0 pins).',
    paths: ['llm-d'],
    commands: [
      cmd(
        'helm install optimized-baseline oci://ghcr.io/llm-d/charts/llm-d-router-standalone --version v0.9.0 \\\n  -f $REPO_ROOT/guides/recipes/router/base.values.yaml \\\n  -f $REPO_ROOT/guides/optimized-baseline/router/optimized-baseline.values.yaml \\\n  -n $NAMESPACE',
        'llm-d v0.8 (router chart v0.9.0)',
        SRC.llmdBaseline,
        'For a Gateway you already run (Istio, agentgateway, GKE), use oci://ghcr.io/llm-d/charts/llm-d-router-gateway with --set provider.name=… and --set httpRoute.create=true instead.',
      ),
    ],
    verify: cmd('kubectl get inferencepool -n $NAMESPACE && kubectl get pods -n $NAMESPACE', 'llm-d v0.8', SRC.llmdBaseline),
  },

  // ── 04 storage and deploying a model ───────────────────────────────────────
  {
    id: 'model-namespace',
    lesson: 'deployment/deploying-a-model',
    title: 'A namespace and the Hugging Face token for KServe',
    why: 'Models run in their own namespace (never one labelled control-plane: the webhook skips those, so no storage initializer runs). Gated models need HF_TOKEN from a Secret.',
    paths: ['kserve-standard', 'kserve-knative'],
    commands: [
      cmd(
        'kubectl create namespace $NAMESPACE --dry-run=client -o yaml | kubectl apply -f -\nkubectl create secret generic hf-secret --from-literal="HF_TOKEN=$HF_TOKEN" \\\n  -n $NAMESPACE --dry-run=client -o yaml | kubectl apply -f -',
        CHECK_KSERVE,
        SRC.kserveHf,
      ),
    ],
  },
  {
    id: 'deploy-isvc',
    lesson: 'deployment/deploying-a-model',
    title: 'Deploy an InferenceService (Hugging Face runtime, vLLM backend)',
    why: 'The kserve-huggingfaceserver runtime serves generative models with vLLM by default; the storage initializer downloads $MODEL_URI to /mnt/models before the server starts. The same manifest runs in Knative and in Standard mode.',
    paths: ['kserve-standard', 'kserve-knative'],
    commands: [
      cmd(
        `kubectl apply -n $NAMESPACE -f - <<EOF
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: $MODEL_NAME
spec:
  predictor:
    minReplicas: 1
    model:
      modelFormat:
        name: huggingface
      args:
        - --model_name=$MODEL_NAME
        - --max_model_len=8192
        - --tensor_parallel_size=$GPUS
      storageUri: $MODEL_URI
      env:
        - name: HF_TOKEN
          valueFrom:
            secretKeyRef:
              name: hf-secret
              key: HF_TOKEN
              optional: false
      resources:
        limits:
          cpu: "8"
          memory: 48Gi
          nvidia.com/gpu: "$GPUS"
        requests:
          cpu: "4"
          memory: 32Gi
          nvidia.com/gpu: "$GPUS"
EOF`,
        CHECK_KSERVE,
        SRC.kserveFirstIsvc,
        'Unquoted EOF so the shell fills in the variables. Check the manifest with the plan bundle’s validator before applying it.',
      ),
    ],
    verify: cmd('kubectl get inferenceservice $MODEL_NAME -n $NAMESPACE', CHECK_KSERVE, SRC.kserveFirstIsvc, 'READY True and a URL; the first start takes minutes while the weights download.'),
  },
  {
    id: 'deploy-llmisvc',
    lesson: 'deployment/deploying-a-model',
    title: 'Deploy an LLMInferenceService (llm-d scheduler, Envoy Gateway)',
    why: 'One resource gives vLLM replicas, an InferencePool, the llm-d Endpoint Picker and an HTTPRoute on the shared Gateway. Image and vLLM arguments come from the LLMInferenceServiceConfig presets.',
    paths: ['kserve-standard'],
    commands: [
      cmd(
        `kubectl apply -n $NAMESPACE -f - <<EOF
apiVersion: serving.kserve.io/v1alpha2
kind: LLMInferenceService
metadata:
  name: $MODEL_NAME
spec:
  model:
    uri: $MODEL_URI
    name: $MODEL_ID
  replicas: 2
  template:
    containers:
      - name: main
        resources:
          limits:
            cpu: "4"
            memory: 32Gi
            nvidia.com/gpu: "$GPUS"
          requests:
            cpu: "2"
            memory: 16Gi
            nvidia.com/gpu: "$GPUS"
  router:
    gateway: {}
    route: {}
    scheduler: {}
EOF`,
        CHECK_KSERVE,
        SRC.kserveFirstLlmisvc,
        'Written from the v1alpha2 CRD and KServe’s single-node-gpu sample (which still uses v1alpha1).',
      ),
    ],
    verify: cmd('kubectl get llminferenceservice $MODEL_NAME -n $NAMESPACE\nkubectl get inferencepool,httproute -n $NAMESPACE', CHECK_KSERVE, SRC.kserveFirstLlmisvc, 'READY True; one InferencePool and one HTTPRoute.'),
  },
  {
    id: 'llm-d-model-server',
    lesson: 'deployment/deploying-a-model',
    title: 'llm-d: deploy the vLLM model servers',
    why: 'In plain llm-d the model servers are ordinary Deployments applied from the guide’s Kustomize overlay; their labels match the InferencePool the router chart created.',
    paths: ['llm-d'],
    commands: [
      cmd(
        'kubectl apply -n $NAMESPACE -k $REPO_ROOT/guides/optimized-baseline/modelserver/gpu/vllm/base/',
        'llm-d v0.8',
        SRC.llmdBaseline,
        'The overlay serves Qwen/Qwen3-32B on 8 replicas of TP=2 (16 GPUs); edit the replicas and model in the overlay for a smaller cluster.',
      ),
    ],
    verify: cmd('kubectl get pods -n $NAMESPACE -w', 'llm-d v0.8', SRC.llmdBaseline),
  },
  {
    id: 'smoke-test',
    lesson: 'deployment/deploying-a-model',
    title: 'Send a first request (LLMInferenceService)',
    why: 'A single completion through the real entry point, the shared Gateway, proves routing, the model name and the server together.',
    paths: ['kserve-standard'],
    commands: [
      cmd(
        `export GATEWAY_IP=$(kubectl get gateway kserve-ingress-gateway -n kserve -o jsonpath='{.status.addresses[0].value}')
curl -s http://$GATEWAY_IP/$NAMESPACE/$MODEL_NAME/v1/completions \\
  -H 'Content-Type: application/json' \\
  -d "{\\"model\\": \\"$MODEL_ID\\", \\"prompt\\": \\"Kubernetes is\\", \\"max_tokens\\": 32}"`,
        CHECK_KSERVE,
        SRC.kserveFirstLlmisvc,
        'The Gateway path is /<namespace>/<name>/v1/…, with vLLM’s own routes (no /openai prefix).',
      ),
    ],
  },
  {
    id: 'smoke-test-isvc',
    lesson: 'deployment/deploying-a-model',
    title: 'Send a first request (InferenceService)',
    why: 'The Hugging Face runtime serves OpenAI routes under /openai; the ingress picks the InferenceService by the Host name in its status.url.',
    paths: ['kserve-standard', 'kserve-knative'],
    commands: [
      cmd(
        `export GATEWAY_IP=$(kubectl get gateway kserve-ingress-gateway -n kserve -o jsonpath='{.status.addresses[0].value}')`,
        CHECK_KSERVE,
        SRC.kserveStandard,
        'Standard mode: the shared Gateway.',
      ),
      cmd(
        `export GATEWAY_IP=$(kubectl get service kourier -n knative-serving -o jsonpath='{.status.loadBalancer.ingress[0].ip}')`,
        CHECK_KSERVE,
        SRC.kserveKourier,
        'Knative mode with Kourier: its Service gets an external IP only where a load balancer exists; on kind or minikube port-forward it and use 127.0.0.1.',
      ),
      cmd(
        `export ISVC_HOST=$(kubectl get inferenceservice $MODEL_NAME -n $NAMESPACE -o jsonpath='{.status.url}' | cut -d/ -f3)
curl -s http://$GATEWAY_IP/openai/v1/chat/completions -H "Host: $ISVC_HOST" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"model\\": \\"$MODEL_NAME\\", \\"messages\\": [{\\"role\\": \\"user\\", \\"content\\": \\"Hello\\"}], \\"max_tokens\\": 32}"`,
        CHECK_KSERVE,
        SRC.kserveFirstIsvc,
      ),
    ],
  },
  {
    id: 'smoke-test-llm-d',
    lesson: 'deployment/deploying-a-model',
    title: 'Send a first request (llm-d standalone router)',
    why: 'In standalone mode the router’s Envoy proxy listens on the Endpoint Picker Service inside the cluster, so the test request runs from a short-lived pod there.',
    paths: ['llm-d'],
    commands: [
      cmd(
        `export GATEWAY_IP=$(kubectl get service optimized-baseline-epp -n $NAMESPACE -o jsonpath='{.spec.clusterIP}')
kubectl run curl-debug --rm -i --restart=Never -n $NAMESPACE --image=curlimages/curl:8.15.0 -- \\
  curl -s http://$GATEWAY_IP/v1/completions -H 'Content-Type: application/json' \\
  -d "{\\"model\\": \\"$MODEL_ID\\", \\"prompt\\": \\"Kubernetes is\\", \\"max_tokens\\": 32}"`,
        'llm-d v0.8',
        SRC.llmdBaseline,
        'The optimized-baseline overlay serves Qwen/Qwen3-32B unless you changed it: set MODEL_ID to the model it serves.',
      ),
    ],
  },

  // ── 05 monitoring ──────────────────────────────────────────────────────────
  {
    id: 'kube-prometheus-stack',
    lesson: 'deployment/monitoring-setup',
    title: 'Prometheus Operator, Prometheus and Grafana',
    why: 'kube-prometheus-stack brings the Prometheus Operator (PodMonitor, ServiceMonitor, PrometheusRule), Prometheus, Alertmanager and Grafana. The two selector flags make Prometheus pick up monitors from every release, not only its own.',
    commands: [
      cmd('helm repo add prometheus-community https://prometheus-community.github.io/helm-charts --force-update', CHECK_KSERVE, SRC.prometheusScript),
      cmd(
        'helm install prometheus-stack prometheus-community/kube-prometheus-stack --version 83.4.0 \\\n  -n monitoring --create-namespace --wait \\\n  --set prometheus.prometheusSpec.serviceMonitorSelectorNilUsesHelmValues=false \\\n  --set prometheus.prometheusSpec.podMonitorSelectorNilUsesHelmValues=false \\\n  --set prometheus.prometheusSpec.ruleSelectorNilUsesHelmValues=false',
        CHECK_KSERVE,
        SRC.prometheusScript,
        'Chart 83.4.0 is the version KServe v0.20.0 installs in its own test setup (which also turns Grafana off; here it stays on).',
      ),
    ],
    verify: cmd('kubectl get pods -n monitoring', 'kube-prometheus-stack 83.4.0', SRC.prometheusScript),
  },
  {
    id: 'scrape-llmisvc',
    lesson: 'deployment/monitoring-setup',
    title: 'Scrape vLLM and the Endpoint Picker (LLMInferenceService)',
    why: 'Prometheus scrapes nothing until a monitor selects it. KServe’s sample ServiceMonitor matches every Service an LLMInferenceService creates, on their https and metrics ports, every 15 s.',
    paths: ['kserve-standard'],
    commands: [
      cmd(
        `kubectl apply -n $NAMESPACE -f - <<'EOF'
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: kserve-llmisvc-metrics
spec:
  endpoints:
    - interval: 15s
      path: /metrics
      port: https
      scheme: https
      tlsConfig:
        insecureSkipVerify: true
    - interval: 15s
      path: /metrics
      port: metrics
  selector:
    matchLabels:
      app.kubernetes.io/part-of: llminferenceservice
EOF`,
        CHECK_KSERVE,
        SRC.llmisvcServiceMonitor,
        'From KServe’s e2e-gpt-oss sample; the https scheme and skip-verify are added because vLLM serves its self-signed certificate on that port. Use a CA bundle in production.',
      ),
    ],
  },
  {
    id: 'scrape-isvc',
    lesson: 'deployment/monitoring-setup',
    title: 'Scrape vLLM in an InferenceService',
    why: 'The Hugging Face runtime serves vLLM’s metrics on /metrics of port 8080 (its prometheus.kserve.io/port annotation) without naming the port, so the PodMonitor selects the predictor pods by their KServe label and the port by number.',
    paths: ['kserve-standard', 'kserve-knative'],
    commands: [
      cmd(
        `kubectl apply -n $NAMESPACE -f - <<EOF
apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata:
  name: $MODEL_NAME-vllm
spec:
  selector:
    matchLabels:
      serving.kserve.io/inferenceservice: $MODEL_NAME
  podMetricsEndpoints:
    - targetPort: 8080
      path: /metrics
      interval: 15s
EOF`,
        CHECK_KSERVE,
        `${KS}/config/runtimes/kserve-huggingfaceserver.yaml`,
        'targetPort is deprecated in newer Prometheus Operator releases in favour of portNumber; both select the container port by number.',
      ),
    ],
  },
  {
    id: 'scrape-llm-d',
    lesson: 'deployment/monitoring-setup',
    title: 'Scrape vLLM and the Endpoint Picker (llm-d)',
    why: 'llm-d’s guides ship the PodMonitor for the model servers as a Kustomize component, and the router chart’s monitoring values add the Endpoint Picker’s ServiceMonitor.',
    paths: ['llm-d'],
    commands: [
      cmd('kubectl apply -n $NAMESPACE -k $REPO_ROOT/guides/recipes/modelserver/components/monitoring', 'llm-d v0.8', SRC.llmdBaseline),
      cmd(
        'helm upgrade optimized-baseline oci://ghcr.io/llm-d/charts/llm-d-router-standalone --version v0.9.0 \\\n  -f $REPO_ROOT/guides/recipes/router/base.values.yaml \\\n  -f $REPO_ROOT/guides/optimized-baseline/router/optimized-baseline.values.yaml \\\n  -f $REPO_ROOT/guides/recipes/router/features/monitoring.values.yaml \\\n  -n $NAMESPACE',
        'llm-d v0.8 (router chart v0.9.0)',
        SRC.llmdObservability,
      ),
    ],
  },
  {
    id: 'vllm-dashboards',
    lesson: 'deployment/monitoring-setup',
    title: 'vLLM’s Grafana dashboards',
    why: 'vLLM publishes dashboards built on its own metric names. Grafana in kube-prometheus-stack loads any ConfigMap labelled grafana_dashboard=1.',
    commands: [
      cmd(
        `for d in vllm_overview vllm_kv_cache; do
  curl -fsSLO https://raw.githubusercontent.com/vllm-project/vllm/v0.33.0/examples/observability/dashboards/grafana/$d.json
  kubectl create configmap "grafana-$(echo $d | tr _ -)" -n monitoring --from-file=$d.json
  kubectl label configmap "grafana-$(echo $d | tr _ -)" -n monitoring grafana_dashboard=1
done`,
        'vLLM 0.33.0',
        SRC.vllmDashboards,
        'The dashboards need Grafana 10.4 or newer. For llm-d’s own dashboards run guides/recipes/observability/load-llm-d-dashboards.sh from the llm-d checkout.',
      ),
    ],
  },
  {
    id: 'serving-alerts',
    lesson: 'deployment/monitoring-setup',
    title: 'Alerts on the signals users feel',
    why: 'Time to first token, a queue that does not drain and a nearly full KV cache warn before users complain; the thresholds follow the rules the Inference Extension shipped with v1.5.0.',
    commands: [
      cmd(
        `kubectl apply -n monitoring -f - <<'EOF'
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: llm-serving-alerts
spec:
  groups:
    - name: llm-serving
      rules:
        - alert: LLMHighTTFT
          expr: histogram_quantile(0.99, sum by (le, model_name) (rate(vllm:time_to_first_token_seconds_bucket[5m]))) > 10
          for: 5m
          labels: {severity: warning}
          annotations: {summary: "TTFT p99 above 10 s for {{ $labels.model_name }}"}
        - alert: LLMKVCacheNearlyFull
          expr: avg by (namespace, pod) (vllm:kv_cache_usage_perc) > 0.9
          for: 5m
          labels: {severity: warning}
          annotations: {summary: "KV cache above 90 % on {{ $labels.pod }}: preemptions likely"}
        - alert: LLMQueueNotDraining
          expr: sum by (namespace, pod) (vllm:num_requests_waiting) > 0
          for: 10m
          labels: {severity: info}
          annotations: {summary: "Requests waiting on {{ $labels.pod }} for 10 minutes: add capacity"}
        - alert: LLMPreemptions
          expr: sum by (namespace, pod) (rate(vllm:num_preemptions_total[5m])) > 0
          for: 10m
          labels: {severity: warning}
          annotations: {summary: "vLLM is preempting requests on {{ $labels.pod }}"}
EOF`,
        'vLLM 0.33.0 metrics',
        SRC.giAlerts,
        'Quoted EOF: {{ $labels… }} is Prometheus templating and must reach the cluster unexpanded.',
      ),
    ],
    verify: cmd('kubectl get prometheusrule -n monitoring llm-serving-alerts', 'kube-prometheus-stack 83.4.0', SRC.prometheusScript),
  },

  // ── 06 security hardening ──────────────────────────────────────────────────
  {
    id: 'pod-security',
    lesson: 'deployment/security-hardening',
    title: 'Pod Security admission on the model namespace',
    why: 'Model servers need GPUs, not privileges. Enforcing the baseline Pod Security Standard rejects privileged pods, host namespaces and host paths in the namespace; warn on restricted to see what else would need fixing.',
    commands: [
      cmd(
        'kubectl label namespace $NAMESPACE pod-security.kubernetes.io/enforce=baseline \\\n  pod-security.kubernetes.io/warn=restricted --overwrite',
        'Kubernetes v1.32',
        SRC.podSecurity,
        'RDMA-enabled llm-d pods need IPC_LOCK and other capabilities that baseline rejects; keep those in a separate namespace.',
      ),
    ],
  },
  {
    id: 'network-policy',
    lesson: 'deployment/security-hardening',
    title: 'Only the gateway and Prometheus reach the model pods',
    why: 'Upstream KServe and llm-d ship no NetworkPolicy for model workloads, so every pod in the cluster can call your model server directly, bypassing the gateway and its policies. This policy admits traffic from the namespaces you name.',
    commands: [
      cmd(
        `kubectl apply -n $NAMESPACE -f - <<'EOF'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: model-ingress
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector: {}
        - namespaceSelector:
            matchExpressions:
              - key: kubernetes.io/metadata.name
                operator: In
                values: [kserve, envoy-gateway-system, knative-serving, monitoring]
EOF`,
        'Kubernetes v1.32',
        SRC.networkPolicy,
        'Needs a CNI that enforces NetworkPolicy (Calico, Cilium, most managed clusters). Same-namespace traffic stays allowed for the Endpoint Picker and P/D sidecars.',
      ),
    ],
  },

  // ── 07 load testing ────────────────────────────────────────────────────────
  {
    id: 'bench-vllm',
    lesson: 'deployment/load-testing',
    title: 'Quick load test: vllm bench serve',
    why: 'vLLM’s own client measures TTFT, TPOT, ITL and throughput at a fixed Poisson rate; it is the fastest way to compare one replica with the model’s prediction.',
    commands: [
      cmd('python -m venv bench && . bench/bin/activate && pip install "vllm==0.33.0"', 'vLLM 0.33.0', SRC.vllmBench),
      cmd(
        'vllm bench serve --backend openai --base-url http://$GATEWAY_IP --endpoint /$NAMESPACE/$MODEL_NAME/v1/completions \\\n  --model $MODEL_ID --dataset-name random --random-input-len 1024 --random-output-len 256 \\\n  --num-prompts 500 --request-rate 8 --max-concurrency 64 --save-result',
        'vLLM 0.33.0',
        SRC.vllmBench,
        'The LLMInferenceService route; for an InferenceService use --endpoint /openai/v1/completions --header Host=$ISVC_HOST and --served-model-name $MODEL_NAME.',
      ),
    ],
  },
  {
    id: 'bench-guidellm',
    lesson: 'deployment/load-testing',
    title: 'Find the knee: a GuideLLM sweep',
    why: 'GuideLLM’s sweep profile measures the synchronous rate and the maximum throughput, then runs rates in between, which shows where latency starts to climb.',
    commands: [
      cmd('pip install "guidellm[recommended]==0.7.3"', 'GuideLLM 0.7.3', SRC.guidellm),
      cmd(
        'guidellm run \\\n  --backend kind=openai_http,target=http://$GATEWAY_IP/$NAMESPACE/$MODEL_NAME,model=$MODEL_ID,validate_backend=false \\\n  --profile kind=sweep --constraint kind=max_duration,seconds=60 \\\n  --data kind=synthetic_text,prompt_tokens=1024,output_tokens=256',
        'GuideLLM 0.7.3',
        SRC.guidellm,
        'Since GuideLLM 0.7.0 the command is guidellm run with kind= options. validate_backend=false because the start-up check asks for /health, which the Gateway route does not expose.',
      ),
    ],
  },
  {
    id: 'bench-inference-perf',
    lesson: 'deployment/load-testing',
    title: 'Staged load: inference-perf',
    why: 'The Kubernetes serving working group’s tool runs load stages and reports TTFT, TPOT, ITL, normalised TPOT and goodput; llm-d’s published benchmarks use it.',
    commands: [
      cmd('pip install "inference-perf==0.6.1"', 'inference-perf 0.6.1', SRC.inferencePerf),
      cmd(
        `inference-perf --server.type vllm --server.base_url http://$GATEWAY_IP/$NAMESPACE/$MODEL_NAME \\
  --server.model_name $MODEL_ID --data.type random --load.type constant \\
  --load.stages '[{"rate": 2, "duration": 60}, {"rate": 4, "duration": 60}, {"rate": 8, "duration": 60}]' \\
  --api.streaming true`,
        'inference-perf 0.6.1',
        SRC.inferencePerf,
      ),
    ],
  },

  // ── 08 operations ──────────────────────────────────────────────────────────
  {
    id: 'canary-rollout',
    lesson: 'deployment/operations',
    title: 'Canary a new model version (Knative mode)',
    why: 'In Knative mode an InferenceService keeps the previous ready revision: canaryTrafficPercent sends that share to the new one, 0 rolls back, and removing the field promotes it.',
    paths: ['kserve-knative'],
    commands: [
      cmd(
        'kubectl patch inferenceservice $MODEL_NAME -n $NAMESPACE --type merge \\\n  -p "{\\"spec\\":{\\"predictor\\":{\\"canaryTrafficPercent\\":10,\\"model\\":{\\"storageUri\\":\\"$NEW_MODEL_URI\\"}}}}"',
        CHECK_KSERVE,
        SRC.kserveCanary,
        'Sends 10 % to a revision serving $NEW_MODEL_URI.',
      ),
      cmd(
        'kubectl patch inferenceservice $MODEL_NAME -n $NAMESPACE --type merge -p \'{"spec":{"predictor":{"canaryTrafficPercent":0}}}\'',
        CHECK_KSERVE,
        SRC.kserveCanary,
        'Rollback: all traffic back to the previous revision.',
      ),
      cmd(
        'kubectl patch inferenceservice $MODEL_NAME -n $NAMESPACE --type json -p \'[{"op":"remove","path":"/spec/predictor/canaryTrafficPercent"}]\'',
        CHECK_KSERVE,
        SRC.kserveCanary,
        'Promote: the new revision takes 100 %.',
      ),
    ],
    verify: cmd('kubectl get inferenceservice $MODEL_NAME -n $NAMESPACE', CHECK_KSERVE, SRC.kserveCanary, 'PREV and LATEST columns show the traffic split.'),
  },
  {
    id: 'canary-llmisvc',
    lesson: 'deployment/operations',
    title: 'Canary a new version (LLMInferenceService)',
    why: 'Two LLMInferenceServices in the same routing group share weighted backends on one HTTPRoute; weights are proportional (9 and 1 give 90/10). Promote by stopping the old one, which keeps it for a rollback.',
    paths: ['kserve-standard'],
    commands: [
      cmd(
        'kubectl patch llmisvc $MODEL_NAME -n $NAMESPACE --type merge -p \'{"spec":{"router":{"route":{"group":"\'$MODEL_NAME\'","weight":9}}}}\'',
        CHECK_KSERVE,
        SRC.llmisvcCanary,
        'Put the running version in a group; then apply the new version (named $MODEL_NAME-v2) with the same group and weight 1.',
      ),
      cmd(
        'kubectl patch llmisvc $MODEL_NAME-v2 -n $NAMESPACE --type merge -p \'{"spec":{"router":{"route":{"weight":9}}}}\'',
        CHECK_KSERVE,
        SRC.llmisvcCanary,
        'Ramp to 50/50: only the version you change is patched.',
      ),
      cmd('kubectl annotate llmisvc $MODEL_NAME -n $NAMESPACE serving.kserve.io/stop=true', CHECK_KSERVE, SRC.llmisvcCanary, 'Promote: the old version scales to zero and frees its GPUs; remove the annotation (serving.kserve.io/stop-) to roll back.'),
    ],
    verify: cmd(
      "kubectl get llmisvc $MODEL_NAME -n $NAMESPACE -o jsonpath='{.metadata.labels.serving\\.kserve\\.io/routing-group}'",
      CHECK_KSERVE,
      SRC.llmisvcCanary,
      'Prints the group name once the webhook has labelled the resource.',
    ),
  },
  {
    id: 'helm-upgrade-rollback',
    lesson: 'deployment/operations',
    title: 'Upgrade and roll back the platform charts',
    why: 'Each Helm upgrade is a numbered revision; read the release notes, upgrade the CRD chart before the controller chart, and keep the previous revision number for a rollback.',
    paths: ['kserve-standard', 'kserve-knative'],
    commands: [
      cmd('helm history kserve-resources -n kserve', CHECK_KSERVE, SRC.helmRollback),
      cmd(
        'helm upgrade kserve-crd oci://ghcr.io/kserve/charts/kserve-crd --version $KSERVE_TARGET -n kserve\nhelm upgrade kserve-resources oci://ghcr.io/kserve/charts/kserve-resources --version $KSERVE_TARGET -n kserve --reuse-values --wait',
        CHECK_KSERVE,
        SRC.kserveHelmScript,
        '$KSERVE_TARGET is the release you tested in staging, e.g. the next patch release.',
      ),
      cmd('helm rollback kserve-resources $REVISION -n kserve --wait', CHECK_KSERVE, SRC.helmRollback, 'Rolls the controller release back; the CRDs are in the kserve-crd release and stay as they are.'),
    ],
  },
  {
    id: 'runbook-triage',
    lesson: 'deployment/operations',
    title: 'First commands of every runbook',
    why: 'Most incidents show in three places: why the last container died, what the scheduler said, and what vLLM logged before it stopped.',
    commands: [
      cmd(
        "kubectl get pods -n $NAMESPACE -o custom-columns=NAME:.metadata.name,RESTARTS:.status.containerStatuses[*].restartCount,LAST:.status.containerStatuses[*].lastState.terminated.reason",
        'Kubernetes v1.32',
        SRC.kubectlDebug,
        'OOMKilled here means host memory (the pod limit), not GPU memory.',
      ),
      cmd('kubectl get events -n $NAMESPACE --sort-by=.lastTimestamp | tail -20', 'Kubernetes v1.32', SRC.kubectlDebug),
      cmd('kubectl logs -n $NAMESPACE $POD --previous | tail -50', 'Kubernetes v1.32', SRC.kubectlDebug, 'A CUDA out-of-memory error appears here, not as OOMKilled.'),
    ],
  },
];

/** A step by id, or undefined. */
export function findDeployStep(id: string): DeployStep | undefined {
  return DEPLOY_STEPS.find((s) => s.id === id);
}

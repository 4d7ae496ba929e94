import { SRC } from '../../glossary/sources.ts';
import { multiple, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'deployment/cluster-setup';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'kubernetes' as const });
const MINIKUBE_GPU = 'https://minikube.sigs.k8s.io/docs/tutorials/nvidia/';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'You want a throw-away cluster on your laptop to rehearse the whole install on CPU. Which command makes one?',
        explanation: 'kind runs Kubernetes nodes as Docker containers; KServe’s quickstart uses it (or minikube). kubectl only talks to clusters that already exist.',
        source: 'https://kind.sigs.k8s.io/docs/user/quick-start/',
      },
      'kind create cluster --name serving-lab',
      [
        // deployment-commands: allow (a distractor naming the fictional command on purpose)
        ['kubectl create cluster --name serving-lab', 'kubectl has no subcommand that creates a cluster.'],
        ['helm install kind', 'Helm installs charts into a cluster; it cannot create one.'],
        ['kubeadm join serving-lab', 'kubeadm join adds a machine to an existing cluster; it needs a control plane first.'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'How does a vLLM pod get two GPUs?',
        explanation: 'The device plugin advertises nvidia.com/gpu as an extended resource; the pod asks for whole GPUs in its resource limits (and the same number in requests, if set).',
        terms: ['device-plugin', 'pod'],
        source: SRC.k8sDevicePlugins.url,
      },
      'resources.limits: {nvidia.com/gpu: "2"} in the container spec',
      [
        // deployment-commands: allow (a distractor naming a flag kubectl does not have)
        ['kubectl run vllm --gpus 2', 'kubectl has no --gpus flag; GPUs are a resource request in the pod spec.'],
        ['An annotation gpu-count: "2" on the pod', 'No scheduler reads such an annotation.'],
        ['Setting CUDA_VISIBLE_DEVICES=0,1 in the pod', 'That only filters GPUs the container already has; it does not allocate any.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'minikube start --gpus all fails on your workstation. Which combination does minikube’s GPU support need?',
        explanation: 'GPU pass-through in minikube (experimental, since v1.32.0) works with the docker driver and the docker container runtime, on a host with the NVIDIA driver and the NVIDIA Container Toolkit configured for Docker.',
        terms: ['device-plugin'],
        source: MINIKUBE_GPU,
      },
      'The docker driver with the docker container runtime, and the NVIDIA Container Toolkit on the host',
      [
        ['The kvm2 driver with containerd', 'minikube’s --gpus flag is not supported with that combination.'],
        ['Any driver, as long as the GPU Operator is installed first', 'The operator runs inside the cluster; minikube must pass the GPU into its node first.'],
        ['The none driver without a container runtime', 'A container runtime is always needed to run pods.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'What can a CPU-only kind cluster NOT tell you about your deployment?',
        explanation: 'kind is good for the install order, manifests, routes and metrics (with a tiny CPU model or the llm-d inference simulator), but it has no GPU, so memory, batch sizes and latency must be measured on real hardware.',
        terms: ['llm-d-inference-sim'],
        source: 'https://github.com/llm-d/llm-d-benchmark/blob/v0.8.0/README.md',
      },
      'Whether the model fits in GPU memory and what latency it gives',
      [
        ['Whether the CRDs are installed in the right order', 'That is exactly what a dry run on kind catches.'],
        ['Whether the HTTPRoute reaches the model server', 'Routing works the same with a CPU model or the simulator behind it.'],
        ['Whether Prometheus scrapes the vLLM metrics', 'The CPU build of vLLM and the simulator expose the same metric names.'],
      ],
    ),
    multiple(
      {
        ...base(5),
        prompt: 'What does the NVIDIA GPU Operator deploy and manage on GPU nodes?',
        explanation: 'It runs the driver, the container toolkit, the device plugin that advertises nvidia.com/gpu, GPU feature discovery and the DCGM exporter as containers, and configures MIG.',
        terms: ['gpu-operator', 'device-plugin', 'mig'],
        source: SRC.gpuOperator.url,
      },
      ['The GPU driver and the container toolkit', 'The device plugin that advertises nvidia.com/gpu', 'GPU metrics through the DCGM exporter'],
      [
        ['vLLM’s KV-cache size', 'vLLM decides that at start-up from the memory it finds.'],
        ['The InferencePool’s Endpoint Picker', 'The Endpoint Picker comes from llm-d or KServe.'],
      ],
    ),
    single(
      {
        ...base(6),
        prompt: 'Your cloud’s GPU node image already installs the NVIDIA driver. How do you install the GPU Operator v26.7.0 without a second driver?',
        explanation: 'Set driver.enabled=false so the operator manages the toolkit, device plugin and exporters but leaves the provider’s driver alone. Two drivers on one node leave pods stuck in ContainerCreating.',
        terms: ['gpu-operator'],
        source: 'https://github.com/NVIDIA/gpu-operator/blob/v26.7.0/README.md',
      },
      'helm install … nvidia/gpu-operator --version=v26.7.0 --set driver.enabled=false',
      [
        ['Skip the operator and install the device plugin by hand on every node', 'That works but gives up the operator’s upgrades, feature discovery and DCGM metrics.'],
        ['Install it normally; the operator replaces the preinstalled driver', 'The operator does not remove a host driver; the two conflict.'],
        ['Label the nodes gpu=false', 'No component reads that label.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'How do you keep ordinary workloads off your GPU nodes?',
        explanation: 'Taint the GPU node pool (for example nvidia.com/gpu=present:NoSchedule) and give only GPU workloads the matching toleration. A taint keeps pods out; a nodeSelector pulls model servers onto a GPU type.',
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
    single(
      {
        ...base(8),
        prompt: 'kubectl get nodes -o jsonpath=\'{.items[*].status.allocatable.nvidia\\.com/gpu}\' prints nothing on a GPU node pool. What is the likeliest cause?',
        explanation: 'The nvidia.com/gpu resource only appears when the device plugin runs and can talk to a working driver; without it the scheduler sees no GPUs and GPU pods stay Pending.',
        terms: ['device-plugin', 'gpu-operator'],
        source: SRC.k8sDevicePlugins.url,
      },
      'The device plugin is not running, or the driver it needs is missing',
      [
        ['The model is too large for the GPU', 'No model is involved yet; this is the node’s advertised capacity.'],
        ['cert-manager is not installed', 'cert-manager issues webhook certificates; it does not advertise GPUs.'],
        ['The nodes need a toleration', 'Tolerations belong to pods, not nodes, and do not create resources.'],
      ],
    ),
    single(
      {
        ...base(9),
        prompt: 'Two small models should share one H100. What does the device plugin give you without further configuration?',
        explanation: 'It counts whole GPUs: each pod asking for nvidia.com/gpu: 1 gets a GPU to itself. Sharing needs MIG partitions or time-slicing, configured through the GPU Operator.',
        terms: ['device-plugin', 'mig'],
        source: SRC.nvidiaMig.url,
      },
      'Whole GPUs only: sharing needs MIG or time-slicing configured in the GPU Operator',
      [
        ['Half a GPU each, if both ask for nvidia.com/gpu: 0.5', 'Extended resources must be whole numbers.'],
        ['Automatic sharing, because vLLM uses only the memory it needs', 'vLLM claims gpu_memory_utilization of the whole GPU; the scheduler hands out whole GPUs.'],
        ['Sharing, once both pods set the same nodeSelector', 'A nodeSelector picks a node; it does not split a GPU.'],
      ],
    ),
  ],
};

export default check;

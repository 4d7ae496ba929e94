/** Hand-written practice items on KServe and Knative. */
import { SRC } from '../../glossary/sources.ts';
import { match, multiple, numeric, single } from '../../../quiz/build.ts';
import type { QuizItem } from '../../../quiz/schema.ts';

const b = (slug: string, lesson: string) => ({ id: `bank:kserve:${slug}`, topic: 'kserve' as const, lesson });

export const KSERVE_BANK: QuizItem[] = [
  match(
    { ...b('mode-renames', 'kserve/inference-service'), prompt: 'KServe v0.16 renamed its deployment modes. Match the old names with the new.', explanation: 'Serverless became Knative and RawDeployment became Standard; ModelMesh kept its name.', terms: ['deployment-mode'], source: SRC.kserveConfig.url },
    [
      ['Serverless', 'Knative'],
      ['RawDeployment', 'Standard'],
    ],
    ['Gateway'],
  ),
  single(
    { ...b('autoscaler-class', 'kserve/autoscaling'), prompt: 'Which annotation picks the autoscaler for a KServe InferenceService in Standard mode?', explanation: 'serving.kserve.io/autoscalerClass, with values hpa (default), kpa, keda, external or none.', terms: ['hpa', 'keda', 'deployment-mode'], source: SRC.kserveRepo.url },
    'serving.kserve.io/autoscalerClass',
    [
      ['autoscaling.knative.dev/class', 'That is Knative’s own annotation, relevant in Knative mode.'],
      ['serving.kserve.io/deploymentMode', 'That picks Knative or Standard mode, not the autoscaler.'],
      ['keda.sh/enabled', 'No such KServe annotation exists.'],
    ],
  ),
  single(
    { ...b('canary-mode', 'deployment/operations'), prompt: 'In which KServe deployment mode does canaryTrafficPercent work?', explanation: 'Only in Knative mode, which tracks the latest and previous rolled-out revisions and splits traffic between them.', terms: ['canary-rollout', 'deployment-mode'], source: SRC.kserveCanary.url },
    'Knative mode only',
    [
      ['Standard mode only', 'Standard mode uses a Deployment strategy instead.'],
      ['Both modes', 'Revision-based traffic splitting needs Knative.'],
      ['ModelMesh only', 'ModelMesh does not use canaryTrafficPercent.'],
    ],
  ),
  numeric(
    { ...b('tbc-ebc', 'kserve/autoscaling'), prompt: '3 ready pods with total capacity 100 each, target burst capacity 211, panic-window concurrency 50. What is the excess burst capacity?', explanation: 'EBC = floor(3 × 100 − 211 − 50) = 39 ≥ 0, so the activator can leave the request path.', terms: ['target-burst-capacity', 'activator'], source: SRC.knativeAutoscalerConfig.url },
    39,
    'requests',
    { traps: [[89, 'Subtract the current panic-window demand too.'], [-51, 'Use 100 per pod (total capacity), not the 70 target.']] },
  ),
  multiple(
    { ...b('kpa-defaults', 'kserve/autoscaling'), prompt: 'Which are Knative autoscaler defaults?', explanation: 'Stable window 60 s, panic window 10 % of it (6 s), panic threshold 200 %, scale-to-zero grace period 30 s, decisions every 2 s.', terms: ['kpa', 'stable-window', 'panic-mode', 'scale-to-zero'], source: SRC.knativeAutoscalerConfig.url },
    ['Stable window 60 s', 'Panic window 6 s', 'Scale-to-zero grace period 30 s'],
    [
      ['Stable window 15 s', '15 s is the HPA’s sync period; Knative’s stable window is 60 s.'],
      ['Panic threshold 110 %', '110 % is the lowest allowed value; the default is 200 %.'],
    ],
  ),
  single(
    { ...b('vllm-runtime', 'kserve/inference-service'), prompt: 'Besides the Hugging Face runtime, what did KServe v0.20 add for vLLM?', explanation: 'A kserve-vllmserver runtime (model format vLLM) that runs vLLM’s own OpenAI API server against /mnt/models.', terms: ['serving-runtime', 'vllm'], source: SRC.kserveRepo.url },
    'A kserve-vllmserver runtime for the vLLM model format',
    [
      ['A vLLM-based Endpoint Picker', 'The EPP comes from llm-d-router.'],
      ['A Knative autoscaler plugin for vLLM metrics', 'No such plugin was added.'],
      ['Nothing: vLLM is only reachable through LLMInferenceService', 'The Hugging Face runtime already used vLLM, and v0.20 added a plain vLLM runtime.'],
    ],
  ),
  single(
    { ...b('llmisvc-scheduler', 'llm-d/inference-gateway'), prompt: 'Which Endpoint Picker image does KServe v0.20’s managed scheduler use for LLMInferenceService?', explanation: 'ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0 (the v0.20.0 tag’s config-llm-scheduler.yaml; KServe’s main branch moved to v0.10.0 after the release), with an InferencePool set to FailOpen.', terms: ['llm-inference-service', 'endpoint-picker'], source: SRC.kserveRepo.url },
    'llm-d’s llm-d-router-endpoint-picker (v0.9.0)',
    [
      ['Knative’s activator', 'The activator buffers requests; it does not pick LLM endpoints.'],
      ['The Gateway API Inference Extension’s reference picker only', 'KServe uses llm-d’s full-featured EPP.'],
      ['An Istio sidecar', 'Istio proxies do not score model-server pods.'],
    ],
  ),
  single(
    { ...b('isvc-default-mode', 'kserve/inference-service'), prompt: 'KServe’s docs recommend which deployment mode for generative AI?', explanation: 'Standard (formerly RawDeployment); Knative mode suits bursty predictive models that benefit from scale-to-zero.', terms: ['deployment-mode'], source: SRC.kserveConfig.url },
    'Standard',
    [
      ['Knative', 'Knative mode is recommended mainly for predictive, bursty workloads.'],
      ['ModelMesh', 'ModelMesh targets many small predictive models.'],
      ['Serverless', 'That is the old name of Knative mode.'],
    ],
  ),
  multiple(
    { ...b('llmisvc-spec', 'kserve/inference-service'), prompt: 'Which sections exist in an LLMInferenceService spec?', explanation: 'model, replicas or scaling, template, worker (multi-node), prefill (P/D), parallelism, router and kvCacheOffloading, among others.', terms: ['llm-inference-service'], source: SRC.kserveLlmisvc.url },
    ['prefill (for P/D disaggregation)', 'worker (multi-node via LeaderWorkerSet)', 'router (gateway, route, scheduler)'],
    [
      ['canaryTrafficPercent', 'That is an InferenceService field for Knative mode.'],
      ['containerConcurrency', 'That is a Knative/InferenceService concurrency limit.'],
    ],
  ),
  single(
    { ...b('activator-identity', 'kserve/security'), prompt: 'Why can a mesh authorization policy that only allows a client namespace break a Knative-mode model?', explanation: 'When the activator is in the path it forwards requests itself, so the pod sees the knative-serving identity, not the original caller’s.', terms: ['activator', 'authorization-policy'], source: SRC.kserveMesh.url },
    'Requests may arrive from the activator, which hides the caller’s identity',
    [
      ['Knative disables mTLS', 'mTLS still applies; the identity is the activator’s.'],
      ['The storage initializer makes the requests', 'The initializer only downloads the model at start-up.'],
      ['Policies cannot select namespaces', 'They can; the source is simply different.'],
    ],
  ),
];

import { SRC } from '../../glossary/sources.ts';
import { numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'deployment/operations';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'architecture' as const });
const LLMISVC_CANARY = 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/model-serving/generative-inference/llmisvc/canary-rollout.md';

/** Items 1 and 10 are graded by the course's capacity model: tests/unit/content/deployment-lessons.test.ts recomputes it. */
const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'Two TP 2 replicas of Qwen2.5-32B (4 H100s) serve chat at 10 requests a second and produce 1,828.8 output tokens per second in the course’s model. How many output tokens per second is that for each GPU?',
        explanation: '1,828.8 ÷ 4 GPUs ≈ 457 output tokens per second per GPU: the figure to compare across deployments of different sizes.',
        terms: ['throughput', 'capacity-planning'],
      },
      457.2,
      'tokens/s',
      { tolerance: 0.02, traps: [[914.4, 'That divides by the two replicas; each replica holds two GPUs.'], [1828.8, 'That is the whole deployment, not one GPU.']] },
    ),
    single(
      {
        ...base(10),
        prompt: 'The same deployment (4 GPUs, 1,828.8 output tokens per second) runs for an hour. What does a million output tokens cost in GPU-hours?',
        explanation: '1,828.8 × 3,600 = 6.58 million tokens from 4 GPU-hours: 4 ÷ 6.58 ≈ 0.61 GPU-hours per million output tokens. Multiply by your price per GPU-hour.',
        terms: ['throughput', 'capacity-planning'],
      },
      'About 0.61 GPU-hours',
      [
        ['About 0.15 GPU-hours', 'That counts one GPU; the service holds four.'],
        ['About 1.65 GPU-hours', 'That is millions of tokens per GPU-hour, the inverse of what was asked.'],
        ['About 6.58 GPU-hours', 'That is the millions of tokens produced in the hour.'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'In Knative mode you set canaryTrafficPercent: 10 and the new revision returns bad answers. What is the quickest rollback?',
        explanation: 'Setting canaryTrafficPercent to 0 sends all traffic back to the previous ready revision, which Knative kept running.',
        terms: ['canary-rollout', 'revision'],
        source: SRC.kserveCanary.url,
      },
      'Patch canaryTrafficPercent to 0',
      [
        ['Delete the InferenceService and re-create the old one', 'That drops all traffic while the old model starts again.'],
        ['Remove canaryTrafficPercent', 'Removing it promotes the new revision to 100 %.'],
        ['helm rollback kserve-resources', 'That rolls back the controller, not your model.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'Two LLMInferenceServices in one routing group have weights 9 (v1) and 1 (v2). You patch v2 to weight 9. What is the split now?',
        explanation: 'Weights are proportional: 9 and 9 give 50/50. Only the version you change needs a patch.',
        terms: ['canary-rollout', 'llm-inference-service'],
        source: LLMISVC_CANARY,
      },
      '50 % to each',
      [
        ['90 % to v2', 'That would need v1 at 1 and v2 at 9.'],
        ['v2 takes 9 % of traffic', 'Weights are not percentages.'],
        ['The patch is rejected until v1 is changed too', 'Patching one member is the documented way.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'How do you promote v2 of an LLMInferenceService routing group and keep v1 ready for a rollback?',
        explanation: 'Annotate v1 with serving.kserve.io/stop=true: its pods scale to zero and free their GPUs, it stays in the group with its weight, and removing the annotation brings it back.',
        terms: ['canary-rollout', 'llm-inference-service'],
        source: LLMISVC_CANARY,
      },
      'Annotate v1 with serving.kserve.io/stop=true',
      [
        ['Delete v1', 'Deletion works but leaves nothing to roll back to.'],
        ['Set v1’s replicas to 0', 'The documented way is the stop annotation, which keeps the group status consistent.'],
        ['Set v2’s weight to 100', 'v1 would still get its share (its weight of 9 against 100).'],
      ],
    ),
    order(
      {
        ...base(5),
        prompt: 'Order a KServe minor-version upgrade.',
        explanation: 'Read the notes, keep a copy of your resources, prove it in staging, then the dependencies KServe pins, then the CRD chart before the controller charts, and the runtimes last.',
        terms: ['custom-resource-definition', 'kserve'],
        source: 'https://github.com/kserve/kserve/blob/v0.20.0/hack/setup/infra/manage.kserve-helm.sh',
      },
      [
        'Read the release notes of every component that changes',
        'Back up your InferenceServices and LLMInferenceServices',
        'Upgrade and load-test a staging cluster',
        'Upgrade the dependencies to the versions the new KServe pins',
        'Upgrade the kserve-crd chart',
        'Upgrade kserve-resources, then the LLMInferenceService charts and the runtimes',
      ],
    ),
    single(
      {
        ...base(6),
        prompt: 'A model pod’s last state says OOMKilled. What ran out?',
        explanation: 'OOMKilled is the kernel killing the container for exceeding its host memory limit. GPU out-of-memory shows as a CUDA error in the server’s log instead.',
        terms: ['pod', 'kv-cache'],
        source: 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/',
      },
      'Host memory: the container exceeded its memory limit',
      [
        ['GPU memory: the KV cache overflowed', 'vLLM never overflows its KV cache; it preempts. CUDA errors appear in the log.'],
        ['The node’s disk', 'Disk pressure evicts pods; it is not OOMKilled.'],
        ['The Endpoint Picker’s queue', 'The picker is a different pod.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'vllm:kv_cache_usage_perc sits near 1 on three pods and rate(vllm:num_preemptions_total[5m]) has been above zero for ten minutes. Which action helps fastest?',
        explanation: 'A preemption storm: more sequences than the KV cache holds. Admitting fewer sequences per replica (lower --max-num-seqs) or adding replicas relieves it; the longer-term fixes add KV memory.',
        terms: ['preemption', 'kv-cache-usage', 'max-num-seqs'],
        source: SRC.vllmOptimization.url,
      },
      'Add replicas or lower --max-num-seqs so fewer sequences share each KV cache',
      [
        ['Raise --max-num-seqs so more requests are served at once', 'That admits even more sequences into a full cache.'],
        ['Raise --max-model-len', 'Longer sequences need more KV, not less.'],
        ['Restart the Endpoint Picker', 'The router is not the bottleneck here; the engines are full.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'Latency rises, vLLM queues are short and KV usage is moderate, but llm_d_epp_flow_control_queue_size keeps growing. What do you check first?',
        explanation: 'The engines have room, so the router is the bottleneck: check the Endpoint Picker’s CPU (throttling), its ready endpoints and its logs for scrape errors.',
        terms: ['endpoint-picker', 'flow-control'],
        source: 'https://llm-d.ai/docs/0.8/operations/observability/metrics',
      },
      'The Endpoint Picker: CPU throttling, ready endpoints and scrape errors in its log',
      [
        ['Add model replicas', 'The replicas are not full; more of them will not drain the picker’s queue.'],
        ['Lower gpu_memory_utilization', 'GPU memory is not the constraint.'],
        ['Raise the alert threshold', 'That hides the symptom.'],
      ],
    ),
    single(
      {
        ...base(9),
        prompt: 'After helm rollback kserve-resources, the new CRD fields added by the upgrade are still there. Why?',
        explanation: 'The CRDs belong to the separate kserve-crd release, which was not rolled back. That, and changes the new controller already wrote to stored objects, is why upgrades start with a backup and a staging run.',
        terms: ['custom-resource-definition'],
        source: 'https://helm.sh/docs/helm/helm_rollback/',
      },
      'The CRDs are in the kserve-crd release, which was not rolled back',
      [
        ['helm rollback failed silently', 'It rolled back exactly the release you named.'],
        ['CRDs cannot be changed once installed', 'They can be updated and downgraded.'],
        ['The kube-apiserver caches CRDs for a day', 'CRD changes apply immediately.'],
      ],
    ),
  ],
};

export default check;

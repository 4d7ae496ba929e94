/**
 * Topics group glossary terms and quiz items ("practise by topic", glossary category filter).
 * One list for both so a filter never names a topic that one side does not know.
 */
export const TOPICS = ['vllm', 'llm-d', 'kserve', 'kubernetes', 'gpu', 'metrics', 'models', 'architecture'] as const;

export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  vllm: 'vLLM',
  'llm-d': 'llm-d and the inference gateway',
  kserve: 'KServe and Knative',
  kubernetes: 'Kubernetes',
  gpu: 'GPUs and hardware',
  metrics: 'Serving metrics',
  models: 'Models and formats',
  architecture: 'Architecture and deployment',
};

export function isTopic(x: string): x is Topic {
  return (TOPICS as readonly string[]).includes(x);
}

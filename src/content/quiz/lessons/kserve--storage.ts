import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'kserve/storage';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'kserve' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    multiple(
      {
        ...base(1),
        prompt: 'Which storageUri schemes does KServe accept?',
        explanation: 'Among others: hf://, s3://, gs://, pvc:// (mounted), oci:// (modelcars), https:// and Azure URLs.',
        terms: ['storage-uri', 'modelcar'],
        source: SRC.kserveStorage.url,
      },
      ['hf://', 's3://', 'pvc://', 'oci://'],
      [
        ['docker://', 'Container images are referenced with oci://.'],
        ['vllm://', 'There is no vllm:// scheme; the runtime is chosen by modelFormat.'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'Where does KServe’s storage initializer put the downloaded model?',
        explanation: 'The init container downloads to /mnt/models, which the server container then reads.',
        terms: ['storage-initializer'],
        source: SRC.kserveStorage.url,
      },
      '/mnt/models',
      [
        ['/root/.cache/huggingface', 'That is the Hugging Face client’s default cache, not KServe’s mount.'],
        ['/mnt/pvc', 'That is where pvc:// volumes are mounted.'],
        ['/models inside the EPP pod', 'The EPP never holds weights.'],
      ],
    ),
    numeric(
      {
        ...base(3),
        prompt: 'A 140 GB model is downloaded over a 10 Gbit/s link at full speed. How many seconds does the download alone add to a cold start?',
        explanation: '10 Gbit/s = 1.25 GB/s; 140 / 1.25 = 112 s, before vLLM even starts loading weights.',
        terms: ['cold-start', 'storage-initializer'],
      },
      112,
      's',
      { tolerance: 0.04, traps: [[14, '10 Gbit/s is 1.25 GB/s, not 10 GB/s: divide bits by 8.']] },
    ),
    single(
      {
        ...base(4),
        prompt: 'When does an InferenceService use a LocalModelCache instead of downloading?',
        explanation: 'When its storageUri exactly equals the cache’s source model URI (the namespace-scoped cache is checked first), and the feature is enabled.',
        terms: ['local-model-cache'],
        source: SRC.kserveModelCache.url,
      },
      'When its storageUri equals the cache’s source model URI',
      [
        ['Whenever the model name matches', 'Matching is by URI, not by served model name.'],
        ['Only for pvc:// URIs', 'The cache exists to avoid remote downloads such as hf:// or s3://.'],
        ['Always, once the cache controller is installed', 'Only matching URIs use the cache.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'An InferenceService in a namespace labelled control-plane starts without its model. Why?',
        explanation: 'KServe’s webhook skips namespaces labelled control-plane, so no storage initializer is injected.',
        terms: ['storage-initializer'],
        source: SRC.kserveGenAi.url,
      },
      'KServe’s webhook skips such namespaces, so no storage initializer is added',
      [
        ['Control-plane namespaces cannot mount volumes', 'Volumes work; the injection is what is skipped.'],
        ['The model is too large for that namespace’s quota', 'Quota would stop the pod, not silently skip the download.'],
        ['hf:// needs an HF_TOKEN there', 'A missing token causes an auth failure, not a missing init container.'],
      ],
    ),
  ],
};

export default check;

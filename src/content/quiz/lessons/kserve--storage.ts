import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'kserve/storage';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'kserve' as const });
const FLUID = 'https://github.com/kserve/kserve/blob/v0.20.0/docs/samples/fluid/README.md';
const OCI = 'https://github.com/kserve/website/blob/main/versioned_docs/version-0.20/model-serving/storage/providers/oci.md';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    multiple(
      {
        ...base(1),
        prompt: 'Which storageUri schemes does KServe v0.20.0 accept without a custom ClusterStorageContainer?',
        explanation: 'The built-in list is gs://, s3://, pvc://, file://, https://, http://, hdfs://, webhdfs://, oci://, oci+native:// and hf://, plus Azure Blob URLs and local paths. Other schemes need a ClusterStorageContainer that declares them.',
        terms: ['storage-uri', 'modelcar'],
        source: 'https://github.com/kserve/kserve/blob/v0.20.0/pkg/controller/v1beta1/inferenceservice/utils/utils.go',
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
        explanation: 'The init container downloads into a shared volume mounted at /mnt/models, which the server container then reads.',
        terms: ['storage-initializer'],
        source: SRC.kserveStorage.url,
      },
      '/mnt/models',
      [
        ['/root/.cache/huggingface', 'That is the Hugging Face client’s default cache, not KServe’s mount.'],
        ['/mnt/pvc', 'That is an internal mount point for PVC sources; the server reads /mnt/models.'],
        ['/models inside the EPP pod', 'The Endpoint Picker never holds weights.'],
      ],
    ),
    numeric(
      {
        ...base(3),
        prompt: 'A 140 GB model is downloaded over a 10 Gbit/s link at full speed. How many seconds does the download alone add to a cold start?',
        explanation: '10 Gbit/s = 1.25 GB/s; 140 / 1.25 = 112 s, before vLLM even starts loading weights. Real downloads through the storage initializer are usually well below line rate.',
        terms: ['cold-start', 'storage-initializer'],
        source: SRC.kserveStorage.url,
      },
      112,
      's',
      { tolerance: 0.04, traps: [[14, '10 Gbit/s is 1.25 GB/s, not 10 GB/s: divide bits by 8.']] },
    ),
    single(
      {
        ...base(4),
        prompt: 'When does an InferenceService use a LocalModelCache instead of downloading?',
        explanation: 'When the local model feature is enabled and its storageUri exactly equals a cache’s sourceModelUri (the namespace-scoped cache is checked first). A different revision suffix or trailing slash is a different URI.',
        terms: ['local-model-cache'],
        source: SRC.kserveModelCache.url,
      },
      'When its storageUri equals the cache’s sourceModelUri exactly',
      [
        ['Whenever the served model name matches', 'Matching is by URI, not by served model name.'],
        ['Only for pvc:// URIs', 'The cache exists to avoid remote downloads such as hf:// or s3://.'],
        ['Always, once the cache controller is installed', 'Only matching URIs use the cache.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'An InferenceService in a namespace labelled control-plane starts without its model. Why?',
        explanation: 'KServe’s pod webhook skips namespaces labelled control-plane, so no storage initializer is injected and /mnt/models stays empty.',
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
    single(
      {
        ...base(6),
        prompt: 'A modelcar InferenceService uses storageUri: oci://registry.example.com/models/llama:latest. What happens each time a pod starts?',
        explanation: 'An image with the latest tag (or no tag) gets imagePullPolicy Always, so the whole model image is pulled again on every start; a specific tag gets IfNotPresent and reuses the node’s cached layers.',
        terms: ['modelcar', 'cold-start'],
        source: OCI,
      },
      'The whole model image is pulled again, because latest means pull policy Always',
      [
        ['The node’s cached image is reused', 'That happens with a pinned tag (IfNotPresent), not with latest.'],
        ['The storage initializer downloads the layers into /mnt/models', 'Modelcars replace the download; the server reads the image’s files through a shared process namespace.'],
        ['The pod fails: modelcars require digests', 'Tags work; only their pull policy differs.'],
      ],
    ),
    numeric(
      {
        ...base(7),
        prompt: 'KServe’s Fluid sample measured a scale-from-zero first response for Llama-3.1-8B (15 GB) of 265.3 s with the storage initializer and 50.1 s with the weights cached. Assuming the difference is the download, what percentage of the 265.3 s cold start was download?',
        explanation: '(265.3 − 50.1) / 265.3 = 215.2 / 265.3 ≈ 81 %: for an 8B model fetched from S3, the download is about four fifths of the cold start.',
        terms: ['cold-start', 'storage-initializer'],
        source: FLUID,
      },
      81,
      '%',
      { tolerance: 0.03, traps: [[19, 'That is the share of everything except the download.'], [50, 'Use the difference of the two runs, not the cached run alone.']] },
    ),
    order(
      {
        ...base(8),
        prompt: 'Order the phases of a vLLM pod’s cold start with a downloadable storageUri.',
        explanation: 'The image is pulled, the init container downloads the weights, the server process starts and loads them into GPU memory, then vLLM compiles, profiles memory to size the KV cache and captures CUDA graphs before it reports ready.',
        terms: ['cold-start', 'storage-initializer', 'cuda-graphs'],
        source: 'https://docs.ray.io/en/latest/serve/llm/user-guides/deployment-initialization.html',
      },
      [
        'Image pull',
        'Storage initializer downloads the weights',
        'Server process starts and loads the weights into GPU memory',
        'torch.compile and memory profiling size the KV cache',
        'CUDA graph capture, then the readiness probe passes',
      ],
    ),
  ],
};

export default check;

import { beforeAll, describe, expect, it } from 'vitest';
import { validateManifests } from '../../../src/manifests/index.ts';
import { catalogModelForUri } from '../../../src/manifests/advice.ts';
import { isvc, schemas } from './schemaSet.ts';

const model = (uri: string, gpus: number, args: string[] = []): string =>
  `model:\n  modelFormat: {name: huggingface}\n  storageUri: ${uri}\n  args: ${JSON.stringify(args)}\n  resources:\n    limits: {nvidia.com/gpu: "${gpus}"}`;
const adviceAt = (yaml: string, path: string): string | undefined => validateManifests(yaml, schemas).advice.find((a) => a.path === path)?.message;

beforeAll(() => {
  validateManifests(isvc(model('hf://x/y', 1)), schemas);
}, 120_000);

describe('advice', () => {
  it('finds catalog models behind instruct variants', () => {
    expect(catalogModelForUri('hf://meta-llama/Llama-3.1-70B-Instruct')?.id).toBe('llama-3.1-70b');
    expect(catalogModelForUri('hf://meta-llama/Meta-Llama-3.1-8B-Instruct')?.id).toBe('llama-3.1-8b');
    expect(catalogModelForUri('hf://Qwen/Qwen2.5-32B-Instruct')?.id).toBe('qwen2.5-32b');
    expect(catalogModelForUri('s3://bucket/llama')).toBeUndefined();
  });

  it('GPU count vs tensor-parallel size', () => {
    const mismatch = isvc(model('hf://meta-llama/Llama-3.1-8B-Instruct', 4, ['--tensor-parallel-size', '2']));
    expect(adviceAt(mismatch, 'spec.predictor.model.resources')).toMatch(/4 GPU\(s\) requested .* needs 2 .* 2 would sit idle/);
    expect(adviceAt(isvc(model('hf://meta-llama/Llama-3.1-8B-Instruct', 2, ['--tensor_parallel_size=2'])), 'spec.predictor.model.resources')).toBeUndefined();
  });

  it('memory fit through the planner: 70B does not fit one 80 GB GPU, fits four', () => {
    expect(adviceAt(isvc(model('hf://meta-llama/Llama-3.1-70B-Instruct', 1)), 'spec.predictor.model.storageUri')).toMatch(/do not fit/);
    expect(adviceAt(isvc(model('hf://meta-llama/Llama-3.1-70B-Instruct', 4, ['--tensor-parallel-size', '4', '--max-model-len', '8192'])), 'spec.predictor.model.storageUri')).toBeUndefined();
  });

  it('scale to zero on a large model in Knative mode warns about cold starts; Standard mode cannot scale to zero', () => {
    const yaml = (mode: string): string => isvc(`minReplicas: 0\n${model('hf://meta-llama/Llama-3.1-70B-Instruct', 4, ['--tensor-parallel-size', '4', '--max-model-len', '8192'])}`, { 'serving.kserve.io/deploymentMode': mode });
    expect(adviceAt(yaml('Knative'), 'spec.predictor.minReplicas')).toMatch(/cold start.*131 GiB/);
    expect(adviceAt(yaml('Standard'), 'spec.predictor.minReplicas')).toBeUndefined();
  });

  it('advice never makes a manifest invalid', () => {
    const result = validateManifests(isvc(model('hf://meta-llama/Llama-3.1-70B-Instruct', 1)), schemas);
    expect(result.errors).toEqual([]);
    expect(result.advice.length).toBeGreaterThan(0);
  });

  it('LLMInferenceService: parallelism.tensor × dataLocal against the main container GPUs', () => {
    const llm = `apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata: {name: m}\nspec:\n  model: {uri: "hf://Qwen/Qwen2.5-32B-Instruct"}\n  parallelism: {tensor: 2}\n  template:\n    containers:\n    - name: main\n      image: vllm/vllm-openai\n      resources:\n        limits: {nvidia.com/gpu: "1"}\n`;
    expect(adviceAt(llm, 'spec.template.containers[0].resources')).toMatch(/cannot start/);
  });
});

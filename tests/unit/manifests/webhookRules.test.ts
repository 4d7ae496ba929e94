import { beforeAll, describe, expect, it } from 'vitest';
import { validateManifests } from '../../../src/manifests/index.ts';
import { HF_MODEL, isvc, schemas } from './schemaSet.ts';

const errorsOf = (yaml: string): { path: string; message: string }[] => validateManifests(yaml, schemas).errors.map(({ path, message }) => ({ path, message }));
const at = (yaml: string, path: string): string | undefined => errorsOf(yaml).find((e) => e.path === path)?.message;

beforeAll(() => {
  validateManifests(isvc(HF_MODEL), schemas);
}, 120_000);

describe('InferenceService webhook rules (v1beta1 inference_service_validation.go)', () => {
  it('accepts a minimal Hugging Face LLM', () => {
    expect(errorsOf(isvc(HF_MODEL))).toEqual([]);
  });

  it.each(['a', 'my-model-1', 'x9'])('accepts the name %s', (name) => {
    expect(at(isvc(HF_MODEL, {}, name), 'metadata.name')).toBeUndefined();
  });
  it.each(['1model', 'my_model', 'model-', 'MyModel'])('rejects the name %s', (name) => {
    expect(at(isvc(HF_MODEL, {}, name), 'metadata.name')).toMatch(/lower case/);
  });

  it('the API server wants a DNS subdomain of at most 253 characters; past 53 the predictor Service name is too long (advice)', () => {
    const long = `a${'b'.repeat(60)}`;
    const result = validateManifests(isvc(HF_MODEL, {}, long), schemas);
    expect(result.errors).toEqual([]);
    expect(result.advice.find((a) => a.path === 'metadata.name')?.message).toMatch(/63-character DNS label/);
    expect(at(isvc(HF_MODEL, {}, `a${'b'.repeat(253)}`), 'metadata.name')).toMatch(/253 characters/);
  });

  it.each([
    [{ minReplicas: 0, maxReplicas: 0 }, undefined],
    [{ minReplicas: 3, maxReplicas: 0 }, undefined],
    [{ minReplicas: 2, maxReplicas: 2 }, undefined],
    [{ minReplicas: 3, maxReplicas: 2 }, /cannot be greater/],
    [{ minReplicas: -1 }, /less than 0/],
  ])('replica bounds %j', (replicas, expected) => {
    const yaml = isvc(`${Object.entries(replicas).map(([k, v]) => `${k}: ${v}`).join('\n')}\n${HF_MODEL}`);
    const found = errorsOf(yaml).filter((e) => /Replicas/.test(e.path)).map((e) => e.message).join(' ');
    if (expected) expect(found).toMatch(expected);
    else expect(found).toBe('');
  });

  it('maxReplicas below 0 is rejected on its own field', () => {
    expect(at(isvc(`maxReplicas: -2\n${HF_MODEL}`), 'spec.predictor.maxReplicas')).toMatch(/less than 0/);
  });

  it.each(['hpa', 'keda', 'external', 'none'])('accepts autoscalerClass %s', (cls) => {
    expect(at(isvc(HF_MODEL, { 'serving.kserve.io/autoscalerClass': cls, 'serving.kserve.io/deploymentMode': 'Standard' }), 'metadata.annotations[serving.kserve.io/autoscalerClass]')).toBeUndefined();
  });
  it('rejects autoscalerClass kpa (not in AutoscalerAllowedClassList)', () => {
    expect(at(isvc(HF_MODEL, { 'serving.kserve.io/autoscalerClass': 'kpa' }), 'metadata.annotations[serving.kserve.io/autoscalerClass]')).toMatch(/not a supported autoscaler class/);
  });

  it('Knative mode (the shipped default) allows only concurrency and rps', () => {
    expect(at(isvc(`scaleMetric: cpu\n${HF_MODEL}`), 'spec.predictor.scaleMetric')).toMatch(/\[cpu\] is not a supported metric/);
    expect(at(isvc(`scaleMetric: rps\nscaleTarget: 0\n${HF_MODEL}`), 'spec.predictor.scaleTarget')).toMatch(/rps should be greater than 1/);
    expect(errorsOf(isvc(`scaleMetric: concurrency\nscaleTarget: 4\n${HF_MODEL}`))).toEqual([]);
    expect(at(isvc(`deploymentStrategy: {type: Recreate}\n${HF_MODEL}`), 'spec.predictor.deploymentStrategy')).toMatch(/only supported in Standard/);
  });

  it('Standard mode with HPA checks cpu targets, and the legacy RawDeployment name means Standard', () => {
    for (const mode of ['Standard', 'RawDeployment']) {
      const ann = { 'serving.kserve.io/deploymentMode': mode, 'serving.kserve.io/autoscalerClass': 'hpa' };
      expect(errorsOf(isvc(`scaleMetric: cpu\nscaleTarget: 80\n${HF_MODEL}`, ann))).toEqual([]);
      expect(at(isvc(`scaleMetric: cpu\nscaleTarget: 120\n${HF_MODEL}`, ann), 'spec.predictor.scaleTarget')).toMatch(/\[1-100\]/);
      expect(at(isvc(`scaleMetric: concurrency\n${HF_MODEL}`, ann), 'spec.predictor.scaleMetric')).toMatch(/not a supported metric/);
    }
  });

  it('KEDA forbids scaleMetric and checks external metrics', () => {
    const ann = { 'serving.kserve.io/deploymentMode': 'Standard', 'serving.kserve.io/autoscalerClass': 'keda' };
    expect(at(isvc(`scaleMetric: cpu\n${HF_MODEL}`, ann), 'spec.predictor.scaleMetric')).toMatch(/not supported for KEDA/);
    const external = `autoScaling:\n  metrics:\n  - type: External\n    external:\n      metric: {backend: prometheus, query: ''}\n      target: {type: Value, value: 2}\n${HF_MODEL}`;
    expect(at(isvc(external, ann), 'spec.predictor.autoScaling.metrics[0].external.metric.query')).toMatch(/query should not be empty/);
  });

  it('storage URI schemes follow the default storage initializer', () => {
    const uri = (u: string): string => isvc(`model:\n  modelFormat: {name: huggingface}\n  storageUri: ${JSON.stringify(u)}`);
    for (const ok of ['hf://Qwen/Qwen2.5-0.5B', 's3://b/m', 'gs://b/m', 'pvc://claim/m', 'oci://r/i:t', 'oci+native://r/i:t', 'https://example.com/m.tgz', '/mnt/local', 'relative/path', 'https://acct.blob.core.windows.net/c/m']) {
      expect(at(uri(ok), 'spec.predictor.model.storageUri'), ok).toBeUndefined();
    }
    for (const bad of ['ftp://x/y', 'custom://x', 'https://acct.blob.core.windows.net']) {
      expect(at(uri(bad), 'spec.predictor.model.storageUri'), bad).toMatch(/not supported/);
    }
  });

  it('exactly one implementation: a sidecar container is fine, a second kserve-container is not', () => {
    expect(errorsOf(isvc(`${HF_MODEL}\ncontainers:\n- name: sidecar\n  image: busybox`))).toEqual([]);
    expect(at(isvc(`${HF_MODEL}\ncontainers:\n- name: kserve-container\n  image: x`), 'spec.predictor')).toMatch(/exactly one/);
    expect(at(isvc('minReplicas: 1'), 'spec.predictor')).toMatch(/no predictor implementation/);
  });

  it("rejects a 'name' in the model spec and PYTHONPATH in env", () => {
    expect(at(isvc(`${HF_MODEL}\n  name: my-container`), 'spec.predictor.model.name')).toMatch(/not allowed/);
    expect(at(isvc(`${HF_MODEL}\n  env:\n  - name: PYTHONPATH\n    value: /x`), 'spec.predictor.model.env[0].name')).toMatch(/PYTHONPATH/);
  });

  it('storageUri and storageUris together are rejected', () => {
    expect(at(isvc(`${HF_MODEL}\nstorageUris:\n- uri: s3://b/m`), 'spec.predictor.storageUris')).toMatch(/both storageUri and storageUris/);
  });

  it('multi-node needs pvc or oci, autoscaler class none, and no TENSOR_PARALLEL_SIZE env', () => {
    const multi = `workerSpec:\n  tensorParallelSize: 0\nmodel:\n  modelFormat: {name: huggingface}\n  storageUri: hf://Qwen/Qwen2.5-7B\n  env:\n  - name: TENSOR_PARALLEL_SIZE\n    value: "2"`;
    const errors = errorsOf(isvc(multi, { 'serving.kserve.io/deploymentMode': 'Standard' }));
    const paths = errors.map((e) => e.path);
    expect(paths).toContain('spec.predictor.model.storageUri');
    expect(paths).toContain('metadata.annotations[serving.kserve.io/autoscalerClass]');
    expect(paths).toContain('spec.predictor.model.env[0].name');
    expect(paths).toContain('spec.predictor.workerSpec.tensorParallelSize');
  });

  // The CRD's canary model (unlike the stable one) requires the container name.
  it('canary needs Standard mode and traffic within 0..100', () => {
    const canary = (mode: string, pct: number): string => `${isvc(HF_MODEL, { 'serving.kserve.io/deploymentMode': mode })}  canary:\n  - trafficPercent: ${pct}\n    predictor:\n      name: v2\n      model:\n        name: kserve-container\n        modelFormat: {name: huggingface}\n        storageUri: hf://Qwen/Qwen2.5-1.5B-Instruct\n`;
    expect(at(canary('Knative', 10), 'spec.canary')).toMatch(/only supported in Standard/);
    expect(errorsOf(canary('Standard', 10))).toEqual([]);
    expect(at(canary('Standard', 120), 'spec.canary[0].trafficPercent')).toBeDefined();
  });
});

describe('LLMInferenceService webhook rules (v1alpha2 llm_inference_service_validation.go)', () => {
  const llm = (spec: string, version = 'v1alpha2'): string => `apiVersion: serving.kserve.io/${version}\nkind: LLMInferenceService\nmetadata:\n  name: qwen\nspec:\n  model:\n    uri: hf://Qwen/Qwen2.5-7B-Instruct\n    name: Qwen/Qwen2.5-7B-Instruct\n${spec.replace(/^/gm, '  ')}\n`;

  it('accepts replicas alone and scaling with a WVA actuator alone', () => {
    expect(errorsOf(llm('replicas: 2'))).toEqual([]);
    expect(errorsOf(llm('scaling:\n  minReplicas: 1\n  maxReplicas: 4\n  wva:\n    hpa: {}'))).toEqual([]);
  });

  it('replicas and scaling are mutually exclusive in both versions', () => {
    for (const v of ['v1alpha1', 'v1alpha2']) expect(at(llm('replicas: 2\nscaling:\n  maxReplicas: 4\n  wva:\n    hpa: {}', v), 'spec.scaling'), v).toMatch(/mutually exclusive/);
  });

  it('wva needs exactly one of hpa and keda, and a numeric variantCost', () => {
    expect(at(llm('scaling:\n  maxReplicas: 2\n  wva:\n    hpa: {}\n    keda: {}'), 'spec.scaling.wva')).toMatch(/mutually exclusive/);
    expect(at(llm('scaling:\n  maxReplicas: 2\n  wva: {variantCost: "10"}'), 'spec.scaling.wva')).toMatch(/either hpa or keda/);
    expect(at(llm('scaling:\n  maxReplicas: 2\n  wva:\n    hpa: {}\n    variantCost: cheap'), 'spec.scaling.wva.variantCost')).toMatch(/pattern|non-negative numeric/);
  });

  it('parallelism: data and dataLocal together, not with pipeline', () => {
    expect(at(llm('parallelism:\n  data: 4'), 'spec.parallelism.dataLocal')).toMatch(/must be set when data is set/);
    expect(at(llm('parallelism:\n  data: 4\n  dataLocal: 2\n  pipeline: 2'), 'spec.parallelism')).toMatch(/cannot set both pipeline/);
    expect(errorsOf(llm('parallelism:\n  tensor: 2\n  data: 4\n  dataLocal: 2'))).toEqual([]);
  });

  it('LoRA adapter names must be unique and differ from the base model (v1alpha2 only)', () => {
    const lora = 'uri: hf://Qwen/Qwen2.5-7B-Instruct\nname: Qwen/Qwen2.5-7B-Instruct\nlora:\n  adapters:\n  - name: a\n    uri: hf://x/a\n  - name: a\n    uri: hf://x/b';
    const yaml = `apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\nmetadata:\n  name: qwen\nspec:\n  model:\n${lora.replace(/^/gm, '    ')}\n`;
    expect(at(yaml, 'spec.model.lora.adapters[1].name')).toMatch(/duplicate name/);
  });
});

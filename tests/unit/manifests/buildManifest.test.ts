import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUILD, buildManifest, validateManifests } from '../../../src/manifests/index.ts';
import type { ManifestChoices } from '../../../src/manifests/index.ts';
import { MODELS, GPUS } from '../../../src/sim/cost/index.ts';
import { schemas } from './schemaSet.ts';

beforeAll(() => {
  validateManifests(buildManifest(DEFAULT_BUILD).yaml, schemas);
  validateManifests(buildManifest({ ...DEFAULT_BUILD, kind: 'LLMInferenceService' }).yaml, schemas);
}, 120_000);

describe('buildManifest', () => {
  const combos: ManifestChoices[] = [];
  for (const kind of ['InferenceService', 'LLMInferenceService'] as const)
    for (const deploymentMode of ['Knative', 'Standard'] as const)
      for (const model of MODELS)
        for (const [minReplicas, maxReplicas] of [[0, 3], [2, 2], [1, 8]] as const) combos.push({ ...DEFAULT_BUILD, kind, deploymentMode, modelId: model.id, tp: 2, minReplicas, maxReplicas });

  it('every combination of kind, mode, model and replicas passes the validator', () => {
    for (const choices of combos) expect(validateManifests(buildManifest(choices).yaml, schemas).errors, JSON.stringify(choices)).toEqual([]);
  });

  it('writes the chosen model, TP and replicas where KServe reads them', () => {
    const isvc = buildManifest({ ...DEFAULT_BUILD, tp: 4, minReplicas: 1, maxReplicas: 3 }).yaml;
    expect(isvc).toContain('storageUri: hf://meta-llama/Llama-3.1-8B');
    expect(isvc).toContain('--tensor-parallel-size=4');
    expect(isvc).toMatch(/nvidia.com\/gpu: "4"/);
    expect(isvc).toContain('maxReplicas: 3');
    const llm = buildManifest({ ...DEFAULT_BUILD, kind: 'LLMInferenceService', tp: 2, minReplicas: 2, maxReplicas: 2 }).yaml;
    expect(llm).toContain('replicas: 2');
    expect(llm).not.toContain('scaling:');
    expect(llm).toMatch(/parallelism:\n\s+tensor: 2/);
  });

  it('an LLMInferenceService never asks for zero replicas (the CRD has scaling.minReplicas ≥ 1)', () => {
    const yaml = buildManifest({ ...DEFAULT_BUILD, kind: 'LLMInferenceService', minReplicas: 0, maxReplicas: 2 }).yaml;
    expect(yaml).toMatch(/scaling:\n\s+minReplicas: 1\n\s+maxReplicas: 2/);
  });

  it('Standard mode scales with KEDA on a vLLM metric, Knative on concurrency', () => {
    expect(buildManifest({ ...DEFAULT_BUILD, deploymentMode: 'Standard' }).yaml).toMatch(/autoscalerClass: keda[\s\S]*vllm:num_requests_running/);
    expect(buildManifest(DEFAULT_BUILD).yaml).toMatch(/scaleMetric: concurrency\n\s+scaleTarget: 8/);
  });

  it('a fixed replica count in Standard mode asks for no autoscaler; a namespace and a token secret reach the manifest and still validate', () => {
    const fixed = buildManifest({ ...DEFAULT_BUILD, deploymentMode: 'Standard', minReplicas: 2, maxReplicas: 2, namespace: 'team-a', hfTokenSecret: 'hf-token' }).yaml;
    expect(fixed).toMatch(/autoscalerClass: none/);
    expect(fixed).not.toMatch(/autoScaling/);
    expect(fixed).toMatch(/namespace: team-a/);
    expect(fixed).toMatch(/name: HF_TOKEN\n\s+valueFrom:\n\s+secretKeyRef:\n\s+name: hf-token\n\s+key: HF_TOKEN\n\s+optional: true/);
    expect(validateManifests(fixed, schemas).errors).toEqual([]);
    const scaled = buildManifest({ ...DEFAULT_BUILD, deploymentMode: 'Standard', minReplicas: 1, maxReplicas: 4, namespace: 'team-a' }).yaml;
    expect(scaled).toMatch(/namespace="team-a"/);
    const llmisvc = buildManifest({ ...DEFAULT_BUILD, kind: 'LLMInferenceService', namespace: 'team-a', hfTokenSecret: 'hf-token' }).yaml;
    expect(llmisvc).toMatch(/namespace: team-a/);
    expect(validateManifests(llmisvc, schemas).errors).toEqual([]);
  });

  it('AMD GPUs get amd.com/gpu and no NVIDIA node selector', () => {
    const mi = GPUS.find((g) => g.id.startsWith('mi'));
    if (!mi) return;
    const yaml = buildManifest({ ...DEFAULT_BUILD, gpuId: mi.id }).yaml;
    expect(yaml).toContain('amd.com/gpu');
    expect(yaml).not.toContain('nvidia.com');
  });

  it('a 70B model on one GPU is valid but gets memory advice', () => {
    const result = validateManifests(buildManifest({ ...DEFAULT_BUILD, modelId: 'llama-3.1-70b', tp: 1 }).yaml, schemas);
    expect(result.errors).toEqual([]);
    expect(result.advice.map((a) => a.path)).toContain('spec.predictor.model.storageUri');
  });

  it('names an unknown model or GPU', () => {
    expect(() => buildManifest({ ...DEFAULT_BUILD, modelId: 'gpt-5' })).toThrow(/modelId/);
    expect(() => buildManifest({ ...DEFAULT_BUILD, gpuId: 'tpu' })).toThrow(/gpuId/);
  });
});

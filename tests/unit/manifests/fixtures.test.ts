import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../../src/manifests/index.ts';
import { schemas } from './schemaSet.ts';

const dir = (sub: string): URL => new URL(`../../fixtures/manifests/${sub}/`, import.meta.url);
const read = (sub: string, file: string): string => readFileSync(new URL(file, dir(sub)), 'utf8');

describe('real KServe v0.20.0 manifests', () => {
  const files = readdirSync(dir('valid'));
  it('has samples of both LLM kinds', () => {
    const kinds = files.flatMap((f) => validateManifests(read('valid', f), schemas).documents.map((d) => d.split('/')[0]));
    expect(kinds).toContain('InferenceService');
    expect(kinds).toContain('LLMInferenceService');
    expect(kinds).toContain('LLMInferenceServiceConfig');
    // The first call compiles each kind's schema (seconds on a busy machine); later ones reuse it.
  }, 120_000);
  it.each(files)('accepts %s', (file) => {
    const result = validateManifests(read('valid', file), schemas);
    expect(result.errors).toEqual([]);
    expect(result.documents.length).toBeGreaterThan(0);
  });
});

describe('invalid variants name the field', () => {
  const cases: [string, string, RegExp][] = [
    ['isvc-bad-name.yaml', 'metadata.name', /lower case/],
    ['isvc-min-above-max.yaml', 'spec.predictor.minReplicas', /cannot be greater than maxReplicas/],
    ['isvc-storage-scheme.yaml', 'spec.predictor.model.storageUri', /ftp:\/\/.*not supported/],
    ['isvc-two-implementations.yaml', 'spec.predictor', /exactly one predictor implementation/],
    ['isvc-schema-errors.yaml', 'spec.predictor.model.storageURI', /unknown field/],
    ['isvc-schema-errors.yaml', 'spec.predictor.scaleMetric', /"qps"/],
    ['isvc-schema-errors.yaml', 'spec.predictor.minReplicas', /must be integer/],
    ['isvc-schema-errors.yaml', 'spec.predictor.model.resources.limits.cpu', /integer or a string/],
    ['isvc-autoscaler-class.yaml', 'metadata.annotations[serving.kserve.io/autoscalerClass]', /\[kpa\] is not a supported autoscaler class/],
    ['llmisvc-replicas-and-scaling.yaml', 'spec.scaling', /mutually exclusive/],
    ['llmisvc-replicas-and-scaling.yaml', 'spec.scaling.minReplicas', /cannot exceed maxReplicas/],
    ['llmisvc-worker-without-parallelism.yaml', 'spec.worker', /parallelism must be configured/],
    ['unknown-kind-and-version.yaml', 'kind', /no kind "InferenceEndpoint"/],
    ['unknown-kind-and-version.yaml', 'apiVersion', /not served as serving.kserve.io\/v1alpha2/],
  ];
  it.each(cases)('%s: %s', (file, path, message) => {
    const { errors } = validateManifests(read('invalid', file), schemas);
    expect(errors.find((e) => e.path === path)?.message).toMatch(message);
  });

  it('reports unparsable YAML with its line and nothing else', () => {
    const { errors } = validateManifests(read('invalid', 'broken-yaml.yaml'), schemas);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.message.startsWith('YAML syntax error') && e.line !== undefined && e.line >= 7)).toBe(true);
  });
});

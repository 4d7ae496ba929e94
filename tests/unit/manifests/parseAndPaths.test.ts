import { beforeAll, describe, expect, it } from 'vitest';
import { formatPath, validateManifests } from '../../../src/manifests/index.ts';
import { HF_MODEL, isvc, schemas } from './schemaSet.ts';

beforeAll(() => {
  validateManifests(isvc(HF_MODEL), schemas);
}, 120_000);

describe('formatPath', () => {
  it('writes indexes in brackets and odd map keys in brackets', () => {
    expect(formatPath(['spec', 'predictor', 'containers', 0, 'name'])).toBe('spec.predictor.containers[0].name');
    expect(formatPath(['metadata', 'annotations', 'serving.kserve.io/deploymentMode'])).toBe('metadata.annotations[serving.kserve.io/deploymentMode]');
    expect(formatPath([])).toBe('');
  });
});

describe('validateManifests: YAML and documents', () => {
  it('never throws, whatever the input', () => {
    for (const input of ['', '---', ':', '- a\n- b', 'a: *missing', '{{{', '\t\tkey: value', 'a: 1\na: 2', 'null']) {
      expect(() => validateManifests(input, schemas)).not.toThrow();
    }
  });

  it('an empty text is a problem', () => {
    expect(validateManifests('# only a comment\n', schemas).errors[0]?.message).toMatch(/no YAML documents/);
  });

  it('syntax errors carry their line', () => {
    const { errors } = validateManifests('apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n  labels: [a\n', schemas);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(5);
    expect(errors[0]?.path).toBe(`line ${errors[0]?.line}`);
  });

  it('duplicate keys are syntax errors, as kubectl reports them', () => {
    expect(validateManifests('apiVersion: v1\nkind: Secret\nkind: Secret\nmetadata: {name: x}\n', schemas).errors[0]?.message).toMatch(/YAML syntax error/);
  });

  it('non-KServe documents need apiVersion, kind and metadata.name only', () => {
    const text = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {}\n---\nkind: Secret\nmetadata: {name: s}\n';
    const { errors, documents } = validateManifests(text, schemas);
    expect(documents).toEqual(['ServiceAccount/sa', 'ConfigMap/?', 'Secret/s']);
    expect(errors.map((e) => [e.document, e.path])).toEqual([
      [1, 'metadata.name'],
      [2, 'apiVersion'],
    ]);
  });

  it('maps schema errors to field paths and lines, in document order', () => {
    const text = `${isvc(`${HF_MODEL}\n  resources:\n    limits:\n      nvidia.com/gpu: [1]`)}---\n${isvc(`containers:\n- name: a\n  image: b\n  portz: []`)}`;
    const { errors } = validateManifests(text, schemas);
    expect(errors.map((e) => `${e.document} ${e.path} ${e.line}`)).toEqual([
      '0 spec.predictor.model.resources.limits[nvidia.com/gpu] 13',
      '1 spec.predictor.containers[0].portz 24',
    ]);
  });

  it('a list at the top is not a manifest', () => {
    expect(validateManifests('- a: 1\n', schemas).errors[0]?.message).toMatch(/must be a YAML mapping/);
  });
});

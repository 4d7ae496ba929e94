import { describe, expect, it } from 'vitest';
import { crdToJsonSchemas } from '../../../src/manifests/schema/crdToJsonSchema.ts';
import { createAjv } from '../../../src/manifests/schema/ajvOptions.ts';
import { schemaFindings } from '../../../src/manifests/schema/schemaCheck.ts';
import { formatPath } from '../../../src/manifests/fieldPath.ts';

const crd = (schema: object, versions = [{ name: 'v1', served: true }]): object => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  spec: { group: 'example.io', names: { kind: 'Thing' }, versions: versions.map((v) => ({ ...v, schema: { openAPIV3Schema: schema } })) },
});

const SPEC = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      properties: {
        port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
        count: { type: 'integer', format: 'int32', default: 1 },
        free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { known: { type: 'string' } } },
        tags: { type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'set' },
        ports: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, port: { type: 'integer' } } }, 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name'] },
        embedded: { type: 'object', 'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true },
        note: { type: 'string', nullable: true, description: 'dropped' },
      },
    },
  },
};

function check(spec: object): string[] {
  const [version] = crdToJsonSchemas(crd(SPEC));
  const validate = createAjv().compile(version?.schema ?? {});
  const validators = { kserveVersion: 'test', keys: ['example.io/v1/Thing'], get: (key: string) => (key === 'example.io/v1/Thing' ? validate : undefined) };
  return (schemaFindings(validators, 'example.io/v1/Thing', { spec })?.findings ?? []).map((f) => `${formatPath(f.segments)}: ${f.message}`);
}

describe('crdToJsonSchemas', () => {
  it('keeps only served versions, keyed by group/version', () => {
    const out = crdToJsonSchemas(crd(SPEC, [{ name: 'v1', served: true }, { name: 'v0', served: false }]));
    expect(out.map((v) => `${v.apiVersion} ${v.kind}`)).toEqual(['example.io/v1 Thing']);
  });

  it('compiles with the generator Ajv set-up', () => {
    const [version] = crdToJsonSchemas(crd(SPEC));
    expect(() => createAjv().compile(version?.schema ?? {})).not.toThrow();
  });

  it('int-or-string takes either, nothing else', () => {
    expect(check({ port: 8080 })).toEqual([]);
    expect(check({ port: 'http' })).toEqual([]);
    expect(check({ port: 1.5 })).toEqual(['spec.port: must be an integer or a string (got 1.5)']);
  });

  it('int32 is bounded; unknown fields are rejected unless preserved', () => {
    expect(check({ count: 2 ** 31 })).toEqual([expect.stringMatching(/^spec\.count: must be <= 2147483647/)]);
    expect(check({ typo: 1 })).toEqual(['spec.typo: unknown field']);
    expect(check({ free: { anything: { goes: true } } })).toEqual([]);
  });

  it('sets are unique and map lists unique by key', () => {
    expect(check({ tags: ['a', 'a'] })).toHaveLength(1);
    expect(check({ ports: [{ name: 'a', port: 1 }, { name: 'a', port: 2 }] })).toEqual(['spec.ports: has two entries with the same key (each must be unique)']);
    expect(check({ ports: [{ name: 'a', port: 1 }, { name: 'b', port: 1 }] })).toEqual([]);
  });

  it('embedded resources need apiVersion and kind; nullable admits null', () => {
    expect(check({ embedded: { apiVersion: 'v1', kind: 'Pod' } })).toEqual([]);
    expect(check({ embedded: { kind: 'Pod' } })).toEqual(['spec.embedded.apiVersion: required field is missing']);
    expect(check({ note: null })).toEqual([]);
  });

  it('moves repeated subtrees into $defs', () => {
    const big = { type: 'object', properties: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`field${i}`, { type: 'string' }])) };
    const [version] = crdToJsonSchemas(crd({ type: 'object', properties: { a: big, b: big } }));
    const text = JSON.stringify(version?.schema);
    expect(text.match(/field29/g)).toHaveLength(1);
    expect(text).toContain('"$ref":"#/$defs/d0"');
  });

  it('rejects what is not a CRD', () => {
    expect(() => crdToJsonSchemas({ kind: 'Deployment' })).toThrow(/not a CustomResourceDefinition/);
  });
});

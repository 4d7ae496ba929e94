/**
 * Checks a document with its kind's generated validator and turns Ajv's errors into findings
 * that name the field (`spec.predictor.minReplicas: must be integer`).
 */
import type { ErrorObject } from 'ajv';
import { formatPath, pointerToSegments } from '../fieldPath.ts';
import type { PathSegment } from '../fieldPath.ts';
import type { Validators } from '../types.ts';

/** A schema finding before it is tied to a document's lines. */
export interface SchemaFinding {
  readonly segments: PathSegment[];
  readonly message: string;
}

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let node = data;
  for (const s of segments) node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[s] : undefined;
  return node;
}

function describe(error: ErrorObject, value: unknown): { extra?: string; message: string } {
  const params = error.params as Record<string, unknown>;
  const got = `(got ${JSON.stringify(value)})`;
  switch (error.keyword) {
    case 'additionalProperties':
      return { extra: String(params['additionalProperty']), message: 'unknown field' };
    case 'required':
      return { extra: String(params['missingProperty']), message: 'required field is missing' };
    case 'enum':
      return { message: `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')} ${got}` };
    case 'type': {
      const types = Array.isArray(params['type']) ? (params['type'] as string[]) : String(params['type']).split(',');
      return { message: `must be ${types.length === 2 && types.includes('integer') && types.includes('string') ? 'an integer or a string' : types.join(' or ')} ${got}` };
    }
    case 'pattern':
      return { message: `${JSON.stringify(value)} does not match the pattern ${String(params['pattern'])}` };
    case 'listMapKeys':
      return { message: 'has two entries with the same key (each must be unique)' };
    default:
      return { message: `${error.message ?? error.keyword} ${got}` };
  }
}

/**
 * Validates `input` with the validator for `key` (`apiVersion/kind`).
 * @returns findings plus a copy of the input with the schema's defaults filled in (what the
 *   webhook sees), or undefined when there is no validator for `key`
 */
export function schemaFindings(validators: Validators, key: string, input: unknown): { findings: SchemaFinding[]; defaulted: unknown } | undefined {
  const validate = validators.get(key);
  if (!validate) return undefined;
  const data: unknown = structuredClone(input);
  if (validate(data)) return { findings: [], defaulted: data };
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const segments = pointerToSegments(error.instancePath, data);
    const described = describe(error, valueAt(data, segments));
    if (described.extra !== undefined) segments.push(described.extra);
    const id = `${formatPath(segments)}\u0000${described.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push({ segments, message: described.message });
  }
  return { findings, defaulted: data };
}

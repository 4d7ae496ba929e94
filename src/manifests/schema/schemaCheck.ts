/**
 * Checks a document against its CRD version's schema with Ajv and turns Ajv's errors into
 * problems that name the field (`spec.predictor.minReplicas: must be integer`).
 */
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { formatPath, pointerToSegments } from '../fieldPath.ts';
import type { PathSegment } from '../fieldPath.ts';
import type { SchemaSet } from '../types.ts';

/** A schema finding before it is tied to a document's lines. */
export interface SchemaFinding {
  readonly segments: PathSegment[];
  readonly message: string;
}

const compilers = new WeakMap<SchemaSet, { ajv: Ajv; compiled: Map<string, ValidateFunction> }>();

function newAjv(): Ajv {
  // strict off: the schemas are converted from OpenAPI and use only the keywords Ajv knows plus
  // the two below; inlineRefs off so each shared $def compiles once (the pod spec is shared ~30 times).
  const ajv = new Ajv({ allErrors: true, strict: false, inlineRefs: false, verbose: true, useDefaults: true });
  ajv.addKeyword({ keyword: 'intOrString', schemaType: 'boolean' });
  ajv.addKeyword({
    keyword: 'listMapKeys',
    type: 'array',
    schemaType: 'array',
    errors: true,
    validate: function listMapKeys(keys: string[], data: unknown[]): boolean {
      const seen = new Map<string, number>();
      const errors: Partial<ErrorObject>[] = [];
      data.forEach((item, index) => {
        if (typeof item !== 'object' || item === null) return;
        const key = JSON.stringify(keys.map((k) => (item as Record<string, unknown>)[k] ?? null));
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else errors.push({ keyword: 'listMapKeys', message: `duplicate entry: ${keys.map((k) => `${k}=${JSON.stringify((item as Record<string, unknown>)[k])}`).join(', ')} (same as [${first}])`, params: { index } });
      });
      (listMapKeys as unknown as { errors: Partial<ErrorObject>[] }).errors = errors;
      return errors.length === 0;
    },
  });
  return ajv;
}

/** The compiled validator for `key` (`apiVersion/kind`), compiled on first use and cached. */
function validatorFor(set: SchemaSet, key: string): ValidateFunction | undefined {
  let entry = compilers.get(set);
  if (!entry) {
    entry = { ajv: newAjv(), compiled: new Map() };
    compilers.set(set, entry);
  }
  const cached = entry.compiled.get(key);
  if (cached) return cached;
  const schema = set.schemas[key];
  if (!schema) return undefined;
  const compiled = entry.ajv.compile(schema);
  entry.compiled.set(key, compiled);
  return compiled;
}

function describe(error: ErrorObject): { extra?: string; message: string } | undefined {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { extra: String(params['additionalProperty']), message: 'unknown field' };
    case 'required':
      return { extra: String(params['missingProperty']), message: 'required field is missing' };
    case 'enum':
      return { message: `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(error.data)})` };
    case 'type':
      return { message: `must be ${String(params['type']).replace(',', ' or ')} (got ${JSON.stringify(error.data)})` };
    case 'anyOf': {
      const parent = error.parentSchema as Record<string, unknown> | undefined;
      return { message: parent?.['intOrString'] ? `must be an integer or a string (got ${JSON.stringify(error.data)})` : 'does not match any allowed form' };
    }
    case 'pattern':
      return { message: `${JSON.stringify(error.data)} does not match the pattern ${String(params['pattern'])}` };
    case 'listMapKeys':
      return { message: error.message ?? 'duplicate entry' };
    default:
      return { message: `${error.message ?? error.keyword} (got ${JSON.stringify(error.data)})` };
  }
}

/**
 * Validates `input` against the schema for `key`. Errors inside the alternatives of an `anyOf`
 * are folded into the one `anyOf` error, so an int-or-string field reports once.
 * @returns findings plus a copy of the input with the schema's defaults filled in (what the
 *   webhook sees), or undefined when the set has no schema for `key`
 */
export function schemaFindings(set: SchemaSet, key: string, input: unknown): { findings: SchemaFinding[]; defaulted: unknown } | undefined {
  const validate = validatorFor(set, key);
  if (!validate) return undefined;
  const data: unknown = structuredClone(input);
  if (validate(data)) return { findings: [], defaulted: data };
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (/\/anyOf\/\d+\//.test(error.schemaPath) && !error.schemaPath.endsWith('/listMapKeys')) continue;
    const described = describe(error);
    if (!described) continue;
    const segments = pointerToSegments(error.instancePath, data);
    if (error.keyword === 'listMapKeys') segments.push((error.params as { index: number }).index);
    if (described.extra !== undefined) segments.push(described.extra);
    const id = `${formatPath(segments)}\u0000${described.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push({ segments, message: described.message });
  }
  return { findings, defaulted: data };
}

/**
 * Turns a CustomResourceDefinition's `openAPIV3Schema` into JSON Schema that Ajv compiles,
 * reproducing what the API server checks for a structural schema:
 * - `x-kubernetes-int-or-string` becomes "integer or string";
 * - objects with `properties` reject unknown fields (kubectl's default `--validate=strict`),
 *   unless `x-kubernetes-preserve-unknown-fields` keeps them;
 * - `x-kubernetes-embedded-resource` objects need `apiVersion` and `kind`;
 * - `x-kubernetes-list-type: set` items are unique, `map` items unique by their keys;
 * - `format: int32` becomes integer bounds; `nullable` admits null; `default` is kept, as the API
 *   server fills defaults before the webhook sees the object.
 * Descriptions and CEL rules (`x-kubernetes-validations`) are dropped: the rules that matter
 * for serving are reproduced by the webhook checks in ../webhook/. Repeated subtrees (the pod
 * spec appears dozens of times) are moved to `$defs` so the schema stays small and compiles once.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const INT32 = { minimum: -2147483648, maximum: 2147483647 };
/** Keywords carried over unchanged (all valid JSON Schema draft-07 / 2019). */
const KEEP = new Set(['type', 'enum', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'required', 'multipleOf', 'default']);

/** One served version of one CRD kind, as JSON Schema. */
export interface CrdVersionSchema {
  readonly apiVersion: string;
  readonly kind: string;
  readonly schema: JsonObject;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function convertNode(node: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (KEEP.has(key)) out[key] = value;
  }
  if (node['nullable'] === true && typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
  if (node['format'] === 'int32') Object.assign(out, { minimum: Math.max(INT32.minimum, (out['minimum'] as number | undefined) ?? INT32.minimum), maximum: Math.min(INT32.maximum, (out['maximum'] as number | undefined) ?? INT32.maximum) });
  if (node['x-kubernetes-int-or-string'] === true) {
    // A type list rather than the CRD's anyOf: one error ("must be integer,string") instead of three.
    out['type'] = ['integer', 'string'];
  } else if (Array.isArray(node['anyOf'])) {
    out['anyOf'] = node['anyOf'].filter(isObject).map(convertNode);
  }
  if (Array.isArray(node['allOf'])) out['allOf'] = node['allOf'].filter(isObject).map(convertNode);
  if (Array.isArray(node['oneOf'])) out['oneOf'] = node['oneOf'].filter(isObject).map(convertNode);
  if (isObject(node['not'])) out['not'] = convertNode(node['not']);
  if (isObject(node['items'])) out['items'] = convertNode(node['items']);

  const properties = isObject(node['properties']) ? node['properties'] : undefined;
  const embedded = node['x-kubernetes-embedded-resource'] === true;
  if (properties || embedded) {
    const props: JsonObject = {};
    for (const [name, child] of Object.entries(properties ?? {})) if (isObject(child)) props[name] = convertNode(child);
    if (embedded) {
      props['apiVersion'] ??= { type: 'string', minLength: 1 };
      props['kind'] ??= { type: 'string', minLength: 1 };
      props['metadata'] ??= { type: 'object' };
      out['required'] = [...new Set([...((out['required'] as string[] | undefined) ?? []), 'apiVersion', 'kind'])];
    }
    out['properties'] = props;
  }
  if (isObject(node['additionalProperties'])) out['additionalProperties'] = convertNode(node['additionalProperties']);
  else if (typeof node['additionalProperties'] === 'boolean') out['additionalProperties'] = node['additionalProperties'];
  else if (properties && node['x-kubernetes-preserve-unknown-fields'] !== true) out['additionalProperties'] = false;

  const listType = node['x-kubernetes-list-type'];
  if (listType === 'set') out['uniqueItems'] = true;
  if (listType === 'map' && Array.isArray(node['x-kubernetes-list-map-keys'])) out['listMapKeys'] = node['x-kubernetes-list-map-keys'];
  return out;
}

/** Moves every repeated subtree of at least `minChars` serialised characters into `$defs`. */
function extractRepeated(root: JsonObject, minChars = 400): JsonObject {
  const counts = new Map<string, number>();
  const count = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(count);
    if (!isObject(node)) return;
    const text = JSON.stringify(node);
    if (text.length >= minChars) counts.set(text, (counts.get(text) ?? 0) + 1);
    Object.values(node).forEach(count);
  };
  count(root);
  const defs: JsonObject = {};
  const names = new Map<string, string>();
  const replace = (node: Json, isRoot: boolean): Json => {
    if (Array.isArray(node)) return node.map((child) => replace(child, false));
    if (!isObject(node)) return node;
    const text = JSON.stringify(node);
    if (!isRoot && (counts.get(text) ?? 0) > 1) {
      let name = names.get(text);
      if (name === undefined) {
        name = `d${names.size}`;
        names.set(text, name);
        defs[name] = replaceChildren(node);
      }
      return { $ref: `#/$defs/${name}` };
    }
    return replaceChildren(node);
  };
  const replaceChildren = (node: JsonObject): JsonObject => {
    const out: JsonObject = {};
    // `properties` and `$defs` hold names, not schemas: recurse into their values only.
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, false)]));
      else if (key === 'enum' || key === 'required' || key === 'listMapKeys') out[key] = value;
      else out[key] = replace(value, false);
    }
    return out;
  };
  const result = replace(root, true) as JsonObject;
  return names.size > 0 ? { ...result, $defs: defs } : result;
}

/**
 * Every served version of one parsed CRD document, as JSON Schema.
 * @param crd the CustomResourceDefinition object (parsed YAML)
 * @returns one entry per served version, keyed by `group/version` and kind
 * @example crdToJsonSchemas(parse(isvcCrdYaml))[0].apiVersion === 'serving.kserve.io/v1beta1'
 */
export function crdToJsonSchemas(crd: unknown): CrdVersionSchema[] {
  if (!isObject(crd) || crd['kind'] !== 'CustomResourceDefinition' || !isObject(crd['spec'])) throw new Error('not a CustomResourceDefinition');
  const spec = crd['spec'];
  const group = spec['group'];
  const kind = isObject(spec['names']) ? spec['names']['kind'] : undefined;
  if (typeof group !== 'string' || typeof kind !== 'string') throw new Error('CRD spec.group or spec.names.kind missing');
  const versions = Array.isArray(spec['versions']) ? spec['versions'].filter(isObject) : [];
  return versions
    .filter((v) => v['served'] === true && isObject(v['schema']) && isObject(v['schema']['openAPIV3Schema']))
    .map((v) => {
      const raw = (v['schema'] as JsonObject)['openAPIV3Schema'] as JsonObject;
      const schema = convertNode(raw);
      return { apiVersion: `${group}/${String(v['name'])}`, kind, schema: extractRepeated(schema) };
    });
}

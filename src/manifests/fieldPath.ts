/**
 * Field paths written the way Kubernetes writes them (`k8s.io/apimachinery` field.Path):
 * `spec.predictor.containers[0].name`, and map keys that are not plain names in brackets,
 * `metadata.annotations[serving.kserve.io/deploymentMode]`.
 */

/** One step of a path: a property name or an array index. */
export type PathSegment = string | number;

const PLAIN = /^[A-Za-z_$][\w$-]*$/;

/** Renders segments as a field path; the empty path renders as ''. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${segment}]`;
  }
  return out;
}

/**
 * Splits an Ajv `instancePath` (a JSON Pointer) into segments, using the document to tell
 * array indexes from map keys that happen to be digits.
 */
export function pointerToSegments(pointer: string, document: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(key);
      segments.push(index);
      node = node[index];
    } else {
      segments.push(key);
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}

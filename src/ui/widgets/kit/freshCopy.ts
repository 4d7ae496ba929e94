/**
 * Jobs grow their result in place (on the main thread; worker snapshots arrive as copies): a new
 * object with new arrays per snapshot, two levels deep (a result's lists, and the lists of a
 * group such as the speculative-decoding sweeps), lets selectors of any of them see the change.
 */
export function freshCopy<R>(result: R, depth = 2): R {
  if (Array.isArray(result)) return [...result] as R;
  if (depth === 0 || result === null || typeof result !== 'object' || Object.getPrototypeOf(result) !== Object.prototype) return result;
  return Object.fromEntries(Object.entries(result).map(([k, v]) => [k, freshCopy(v, depth - 1)])) as R;
}

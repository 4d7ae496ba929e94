/**
 * Loads the generated schemas with a dynamic import, so the bundler puts the 0.4 MB of JSON in its
 * own chunk that only the manifest widgets fetch (the service worker precaches it with the other
 * chunks, so it works offline). `?raw` keeps the JSON out of the type checker.
 */
import type { SchemaSet } from '../types.ts';

let pending: Promise<SchemaSet> | undefined;

/** The schema set, fetched once and shared; a failed fetch is retried on the next call. */
export function loadSchemaSet(): Promise<SchemaSet> {
  pending ??= import('./kserve-schemas.gen.json?raw').then(
    (m: { default: string }) => JSON.parse(m.default) as SchemaSet,
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/**
 * Loads the generated validators a text needs, each its own lazily imported module (the browser
 * fetches only the kinds it checks; the service worker precaches them all for offline use).
 */
import type { ValidateFunction } from 'ajv';
import type { Validators } from '../types.ts';
import { KSERVE_VERSION } from '../version.ts';
import { GENERATED_KSERVE_VERSION, VALIDATOR_LOADERS } from './generated/registry.ts';

/** Every `apiVersion/kind` KServe serves, in key order. */
export const VALIDATOR_KEYS: readonly string[] = Object.keys(VALIDATOR_LOADERS);

/** Loaded validators and in-flight loads, shared by every caller. */
const loaded = new Map<string, ValidateFunction>();
const loading = new Map<string, Promise<void>>();

function load(key: string): Promise<void> {
  const loader = VALIDATOR_LOADERS[key];
  if (!loader || loaded.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = loader().then(
      (m) => {
        loaded.set(key, m.validate);
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/**
 * Validators with at least `keys` loaded (unknown keys are ignored: the checker reports them).
 * @example (await loadValidators(['serving.kserve.io/v1beta1/InferenceService'])).get('serving.kserve.io/v1beta1/InferenceService')
 */
export async function loadValidators(keys: Iterable<string>): Promise<Validators> {
  if (GENERATED_KSERVE_VERSION !== KSERVE_VERSION) throw new Error(`validators were generated for KServe ${GENERATED_KSERVE_VERSION}, not ${KSERVE_VERSION}: run npm run kserve:schemas`);
  await Promise.all([...keys].map(load));
  return { kserveVersion: KSERVE_VERSION, keys: VALIDATOR_KEYS, get: (key) => loaded.get(key) };
}

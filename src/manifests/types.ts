/** Domain types of the manifest validator. */

import type { ValidateFunction } from 'ajv';

/** JSON Schemas for the pinned KServe release, keyed by `apiVersion/kind` (the generator's output). */
export interface SchemaSet {
  readonly kserveVersion: string;
  readonly schemas: Readonly<Record<string, object>>;
}

/** Compiled validators for the pinned release, keyed by `apiVersion/kind`. */
export interface Validators {
  readonly kserveVersion: string;
  /** Every `apiVersion/kind` the release serves, loaded or not. */
  readonly keys: readonly string[];
  /** The validator for `key`, when it is loaded. */
  get(key: string): ValidateFunction | undefined;
}

/** `error`: the API server or KServe's webhook would reject it. `advice`: it applies, but look again. */
export type Severity = 'error' | 'advice';

/** One finding about one document. */
export interface Problem {
  readonly severity: Severity;
  /** Field path like `spec.predictor.containers[0].name`; empty for the whole document or file. */
  readonly path: string;
  readonly message: string;
  /** 1-based line in the source text, when known. */
  readonly line?: number;
  /** 0-based index of the YAML document in the file. */
  readonly document?: number;
}

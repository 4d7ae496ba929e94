/** Domain types of the manifest validator. */

/** JSON Schemas for the pinned KServe release, keyed by `apiVersion/kind`. */
export interface SchemaSet {
  readonly kserveVersion: string;
  readonly schemas: Readonly<Record<string, object>>;
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

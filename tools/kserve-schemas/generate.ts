/**
 * Reads the vendored KServe CRDs and returns their served versions as JSON Schema.
 *
 * The output is committed (src/manifests/schema/kserve-schemas.gen.json, about 0.3 MB) rather than
 * produced on every build: parsing the 9 MB of CRD YAML takes several seconds, which the CLI would
 * pay on every run, and the browser, the CLI and the tests then read one identical file. A test
 * regenerates it and fails when the committed copy no longer matches the vendored CRDs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { crdToJsonSchemas } from '../../src/manifests/schema/crdToJsonSchema.ts';
import type { SchemaSet } from '../../src/manifests/types.ts';
import { KSERVE_VERSION } from '../../src/manifests/version.ts';

/** Where the generated schemas are committed. */
export const GENERATED_PATH = fileURLToPath(new URL('../../src/manifests/schema/kserve-schemas.gen.json', import.meta.url));

/** The vendored CRD folder for the pinned release. */
export const CRD_DIR = fileURLToPath(new URL(`../../vendor/kserve-crds-${KSERVE_VERSION}/`, import.meta.url));

/** Every CRD file in the folder, converted; keys are `apiVersion/kind`. */
export function generateSchemaSet(dir: string = CRD_DIR): SchemaSet {
  const schemas: Record<string, object> = {};
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  if (files.length === 0) throw new Error(`no CRD files in ${dir}`);
  for (const file of files) {
    for (const entry of crdToJsonSchemas(parse(readFileSync(join(dir, file), 'utf8')))) schemas[`${entry.apiVersion}/${entry.kind}`] = entry.schema;
  }
  return { kserveVersion: KSERVE_VERSION, schemas };
}

/** The committed file's exact text for a schema set (stable key order, trailing newline). */
export function serializeSchemaSet(set: SchemaSet): string {
  const sorted = Object.fromEntries(Object.entries(set.schemas).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ kserveVersion: set.kserveVersion, schemas: sorted })}\n`;
}

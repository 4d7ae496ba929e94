/**
 * Writes the JSON Schemas generated from the vendored KServe CRDs to
 * src/manifests/schema/kserve-schemas.gen.json. Run it after changing the vendored CRDs;
 * tests/unit/manifests/schemaFreshness.test.ts fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { GENERATED_PATH, generateSchemaSet, serializeSchemaSet } from './generate.ts';

const set = generateSchemaSet();
writeFileSync(GENERATED_PATH, serializeSchemaSet(set));
console.log(`wrote ${Object.keys(set.schemas).length} schemas for KServe ${set.kserveVersion} to ${GENERATED_PATH}`);

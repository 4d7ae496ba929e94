/**
 * The KServe manifest layer: validate YAML against the pinned release's CRD schemas and webhook
 * rules, give advice, and build manifests from a few choices. Pure: no React, no DOM.
 */
export { validateManifests, validateManifestsAsync, kserveKeysIn, type ValidationResult } from './validateManifests.ts';
export { loadValidators, VALIDATOR_KEYS } from './schema/loadValidators.ts';
export { formatPath, type PathSegment } from './fieldPath.ts';
export { KSERVE_VERSION, KSERVE_GROUP } from './version.ts';
export { SUPPORTED_STORAGE_URI_PREFIXES, storageUriProblem } from './webhook/storageUri.ts';
export type { Problem, SchemaSet, Severity, Validators } from './types.ts';
export { buildManifest, DEFAULT_BUILD, hfRepoOf, resourceNameFor, type ManifestChoices } from './buildManifest.ts';

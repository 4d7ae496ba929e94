/** The KServe release whose CRD schemas and webhook rules this validator reproduces. */
export const KSERVE_VERSION = 'v0.20.0';

/** API group of every kind the validator checks against a schema. */
export const KSERVE_GROUP = 'serving.kserve.io';

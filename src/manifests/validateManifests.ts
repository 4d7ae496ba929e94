/**
 * Validates YAML text holding one or more Kubernetes manifests: syntax, then every
 * `serving.kserve.io` document against its CRD schema and KServe's webhook rules, then advice.
 * Other documents (Secret, ServiceAccount, ...) need only apiVersion, kind and metadata.name.
 */
import { record, text } from './access.ts';
import type { Data } from './access.ts';
import { adviceFindings } from './advice.ts';
import { formatPath } from './fieldPath.ts';
import { parseDocuments } from './parseDocuments.ts';
import type { ParsedDocument } from './parseDocuments.ts';
import { schemaFindings } from './schema/schemaCheck.ts';
import { loadValidators } from './schema/loadValidators.ts';
import type { Problem, Severity, Validators } from './types.ts';
import { KSERVE_GROUP } from './version.ts';
import type { Finding } from './webhook/finding.ts';
import { inferenceServiceFindings } from './webhook/inferenceService.ts';
import { llmInferenceServiceFindings } from './webhook/llmInferenceService.ts';

/** What the validator found in one text. */
export interface ValidationResult {
  /** Problems that would make the API server or KServe reject a document. */
  readonly errors: Problem[];
  readonly advice: Problem[];
  /** `kind/name` of each document that parsed, in order. */
  readonly documents: string[];
}

function toProblem(doc: ParsedDocument, f: Finding, severity: Severity): Problem {
  const line = doc.lineOf(f.segments);
  return { severity, path: formatPath(f.segments), message: f.message, document: doc.index, ...(line !== undefined ? { line } : {}) };
}

function basicFindings(data: Data): Finding[] {
  const out: Finding[] = [];
  if (!text(data['apiVersion'])) out.push({ segments: ['apiVersion'], message: 'required field is missing' });
  if (!text(data['kind'])) out.push({ segments: ['kind'], message: 'required field is missing' });
  const metadata = record(data['metadata']);
  if (!metadata) out.push({ segments: ['metadata'], message: 'required field is missing' });
  else if (!text(metadata['name']) && !text(metadata['generateName'])) out.push({ segments: ['metadata', 'name'], message: 'required field is missing' });
  return out;
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The API server's rule for custom resource names (apimachinery NameIsDNSSubdomain). */
function nameFindings(data: Data): Finding[] {
  const name = text(record(data['metadata'])?.['name']);
  if (name === undefined) return [];
  if (name.length > 253) return [{ segments: ['metadata', 'name'], message: `must be no more than 253 characters (got ${name.length})` }];
  if (!DNS_SUBDOMAIN.test(name)) return [{ segments: ['metadata', 'name'], message: `must be a lowercase RFC 1123 subdomain: lower case alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character (got ${JSON.stringify(name)})` }];
  return [];
}

function knownVersions(validators: Validators, kind: string): string[] {
  return validators.keys
    .filter((key) => key.endsWith(`/${kind}`))
    .map((key) => key.slice(0, key.length - kind.length - 1));
}

function kserveFindings(data: Data, apiVersion: string, kind: string, validators: Validators): Finding[] {
  const checked = schemaFindings(validators, `${apiVersion}/${kind}`, data);
  if (checked === undefined) {
    const versions = knownVersions(validators, kind);
    if (versions.length > 0) return [{ segments: ['apiVersion'], message: `${kind} is not served as ${apiVersion} by KServe ${validators.kserveVersion} (served: ${versions.join(', ')})` }];
    const kinds = [...new Set(validators.keys.map((k) => k.split('/').pop() ?? ''))].sort();
    return [{ segments: ['kind'], message: `KServe ${validators.kserveVersion} has no kind ${JSON.stringify(kind)} in ${KSERVE_GROUP} (known: ${kinds.join(', ')})` }];
  }
  const found = checked.findings;
  const defaulted = record(checked.defaulted) ?? data;
  const rules = kind === 'InferenceService' ? inferenceServiceFindings(defaulted) : kind === 'LLMInferenceService' ? llmInferenceServiceFindings(defaulted, apiVersion.endsWith('/v1alpha1') ? 'v1alpha1' : 'v1alpha2') : [];
  // A webhook rule on a field the schema already rejects adds nothing.
  const schemaPaths = new Set(found.map((f) => formatPath(f.segments)));
  return [...found, ...rules.filter((r) => !schemaPaths.has(formatPath(r.segments)))];
}

/**
 * Validates every document in `source`. Never throws: unreadable input is a problem.
 * @param source YAML text (one or more documents)
 * @param validators the generated validators, loaded for the kinds in `source` (see {@link validateManifestsAsync})
 * @example validateManifests('kind: Secret', validators).errors[0].path === 'apiVersion'
 */
export function validateManifests(source: string, validators: Validators): ValidationResult {
  const parsed = parseDocuments(source);
  const errors: Problem[] = [...parsed.problems];
  const advice: Problem[] = [];
  const documents: string[] = [];
  if (parsed.documents.length === 0 && parsed.problems.length === 0) errors.push({ severity: 'error', path: '', message: 'no YAML documents found' });
  for (const doc of parsed.documents) {
    const data = record(doc.data);
    if (!data) {
      errors.push({ severity: 'error', path: '', message: 'a manifest must be a YAML mapping (key: value), not a list or a scalar', document: doc.index, ...(doc.lineOf([]) ? { line: doc.lineOf([]) as number } : {}) });
      continue;
    }
    const apiVersion = text(data['apiVersion']) ?? '';
    const kind = text(data['kind']) ?? '';
    documents.push(`${kind || '?'}/${text(record(data['metadata'])?.['name']) ?? '?'}`);
    const findings = basicFindings(data);
    try {
      if (apiVersion.split('/')[0] === KSERVE_GROUP && kind) {
        const more = [...nameFindings(data), ...kserveFindings(data, apiVersion, kind, validators)];
        // One problem per field: the first rule to reject it (basic, then name, schema, webhook).
        const seen = new Set(findings.map((f) => formatPath(f.segments)));
        for (const f of more) {
          const path = formatPath(f.segments);
          if (seen.has(path)) continue;
          seen.add(path);
          findings.push(f);
        }
        for (const f of adviceFindings(data, kind)) advice.push(toProblem(doc, f, 'advice'));
      }
    } catch (error) {
      findings.push({ segments: [], message: `could not be checked: ${error instanceof Error ? error.message : String(error)}` });
    }
    for (const f of findings) errors.push(toProblem(doc, f, 'error'));
  }
  const order = (a: Problem, b: Problem): number => (a.document ?? 0) - (b.document ?? 0) || (a.line ?? 0) - (b.line ?? 0);
  return { errors: errors.sort(order), advice: advice.sort(order), documents };
}

/** The `apiVersion/kind` of every KServe document in `source`. */
export function kserveKeysIn(source: string): string[] {
  const keys = new Set<string>();
  for (const doc of parseDocuments(source).documents) {
    const data = record(doc.data);
    const apiVersion = text(data?.['apiVersion']) ?? '';
    if (apiVersion.split('/')[0] === KSERVE_GROUP) keys.add(`${apiVersion}/${text(data?.['kind']) ?? ''}`);
  }
  return [...keys];
}

/** {@link validateManifests} after loading the validators the text needs. */
export async function validateManifestsAsync(source: string): Promise<ValidationResult> {
  return validateManifests(source, await loadValidators(kserveKeysIn(source)));
}

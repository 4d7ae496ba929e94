/**
 * The rules KServe v0.20.0's LLMInferenceService admission webhook enforces on create:
 * pkg/apis/serving/v1alpha2/llm_inference_service_validation.go (router, traffic, parallelism,
 * scheduler, scaling, LoRA adapters, KV-cache offloading, confidential) and, for v1alpha1, the
 * subset in pkg/apis/serving/v1alpha1/llm_inference_service_validation.go (no LoRA, KV-cache
 * offloading or confidential checks there). Several of these are CEL rules in the CRD too.
 */
import { list, num, record, text } from '../access.ts';
import type { Data } from '../access.ts';
import type { PathSegment } from '../fieldPath.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';

type Path = readonly PathSegment[];
const VARIANT_COST = /^\d+(\.\d+)?$/;
const KBS_RESOURCE_ID = /^kbs:\/\/\/[a-zA-Z0-9_.-]+\/[a-zA-Z0-9_.-]+\/[a-zA-Z0-9_.-]+$/;

const isPipelineParallel = (p: Data | undefined): boolean => (num(p?.['pipeline']) ?? 0) > 0;
const isDataParallel = (p: Data | undefined): boolean => (num(p?.['data']) ?? 0) > 0 || (num(p?.['dataLocal']) ?? 0) > 0;

function parallelism(workload: Data, base: Path): Finding[] {
  const parallel = record(workload['parallelism']);
  const hasWorker = workload['worker'] !== undefined && workload['worker'] !== null;
  const workerMessage = 'when worker is specified, parallelism must be configured for either data parallelism or pipeline parallelism';
  if (hasWorker && !parallel) return [finding([...base, 'worker'], workerMessage)];
  if (!parallel) return [];
  const at = [...base, 'parallelism'];
  const out: Finding[] = [];
  if (hasWorker && !isDataParallel(parallel) && !isPipelineParallel(parallel)) out.push(finding([...base, 'worker'], workerMessage));
  if (isPipelineParallel(parallel) && isDataParallel(parallel)) out.push(finding(at, 'cannot set both pipeline parallelism and data parallelism (data or dataLocal) simultaneously'));
  const data = num(parallel['data']);
  const dataLocal = num(parallel['dataLocal']);
  const pipeline = num(parallel['pipeline']);
  if (data !== undefined && dataLocal === undefined) out.push(finding([...at, 'dataLocal'], 'dataLocal must be set when data is set'));
  if (dataLocal !== undefined && data === undefined) out.push(finding([...at, 'data'], 'data must be set when dataLocal is set'));
  if (pipeline !== undefined && pipeline <= 0) out.push(finding([...at, 'pipeline'], `pipeline parallelism must be greater than 0 (got ${pipeline})`));
  if (data !== undefined && data <= 0) out.push(finding([...at, 'data'], `data parallelism must be greater than 0 (got ${data})`));
  if (dataLocal !== undefined && dataLocal <= 0) out.push(finding([...at, 'dataLocal'], `dataLocal parallelism must be greater than 0 (got ${dataLocal})`));
  return out;
}

/** ValidateWorkloadScaling: `replicas` vs `scaling`, min ≤ max, the WVA actuator. */
function scaling(workload: Data, base: Path): Finding[] {
  const scale = record(workload['scaling']);
  if (!scale) return [];
  const at = [...base, 'scaling'];
  const out: Finding[] = [];
  if (workload['replicas'] !== undefined && workload['replicas'] !== null) out.push(finding(at, 'scaling and replicas are mutually exclusive; use scaling for autoscaled deployments or replicas for static deployments'));
  const min = num(scale['minReplicas']);
  const max = num(scale['maxReplicas']) ?? 0;
  if (min !== undefined && min > max) out.push(finding([...at, 'minReplicas'], `minReplicas (${min}) cannot exceed maxReplicas (${max})`));
  const wva = record(scale['wva']);
  if (!wva) return [...out, finding([...at, 'wva'], 'wva is required when scaling is configured; it provides the autoscaling mechanism')];
  const wvaAt = [...at, 'wva'];
  const hpa = wva['hpa'] !== undefined && wva['hpa'] !== null;
  const keda = record(wva['keda']);
  if (hpa && keda) out.push(finding(wvaAt, 'hpa and keda are mutually exclusive; choose one actuator backend'));
  if (!hpa && !keda) out.push(finding(wvaAt, 'either hpa or keda must be specified as the actuator backend'));
  const cost = text(wva['variantCost']);
  if (cost !== undefined && cost !== '' && !VARIANT_COST.test(cost)) out.push(finding([...wvaAt, 'variantCost'], `variantCost must be a non-negative numeric string (e.g. "10", "10.0", "0.5"); got ${JSON.stringify(cost)}`));
  const advanced = record(keda?.['advanced']);
  if (advanced) {
    const modifiers = record(advanced['scalingModifiers']) ?? {};
    if (['formula', 'target', 'activationTarget', 'metricType'].some((k) => (text(modifiers[k]) ?? '') !== '')) out.push(finding([...wvaAt, 'keda', 'advanced', 'scalingModifiers'], 'scalingModifiers must not be set; WVA controls the scaling metric formula and logic'));
    if ((text(record(advanced['horizontalPodAutoscalerConfig'])?.['name']) ?? '') !== '') out.push(finding([...wvaAt, 'keda', 'advanced', 'horizontalPodAutoscalerConfig', 'name'], 'horizontalPodAutoscalerConfig.name must not be set; the controller manages the HPA name'));
  }
  const idle = num(keda?.['idleReplicaCount']);
  if (idle !== undefined) {
    if (min === undefined) out.push(finding([...at, 'minReplicas'], `minReplicas is required when idleReplicaCount is set; idleReplicaCount (${idle}) must be less than minReplicas`));
    else if (idle >= min) out.push(finding([...wvaAt, 'keda', 'idleReplicaCount'], `idleReplicaCount (${idle}) must be less than minReplicas (${min})`));
  }
  return out;
}

function actuatorConsistency(decode: Data, prefill: Data | undefined): Finding[] {
  const decodeWva = record(record(decode['scaling'])?.['wva']);
  const prefillWva = record(record(prefill?.['scaling'])?.['wva']);
  if (!decodeWva || !prefillWva) return [];
  const decodeHpa = decodeWva['hpa'] !== undefined && decodeWva['hpa'] !== null;
  const prefillHpa = prefillWva['hpa'] !== undefined && prefillWva['hpa'] !== null;
  if (decodeHpa === prefillHpa) return [];
  return [finding(['spec', 'prefill', 'scaling', 'wva'], `decode and prefill must use the same actuator backend; decode uses ${decodeHpa ? 'hpa' : 'keda'} but prefill uses ${prefillHpa ? 'hpa' : 'keda'}`)];
}

function router(spec: Data): Finding[] {
  const routerSpec = record(spec['router']);
  const route = record(routerSpec?.['route']);
  if (!routerSpec || !route) return [];
  const out: Finding[] = [];
  const http = record(route['http']);
  const gateway = record(routerSpec['gateway']);
  const gatewayRefs = list(gateway?.['refs']);
  const at = ['spec', 'router', 'route', 'http'];
  if (http) {
    const refs = list(http['refs']);
    const inline = record(http['spec']);
    if (refs.length > 0 && inline) out.push(finding(at, 'cannot use both custom HTTPRoute refs (spec.router.route.http.refs) and an inline route spec (spec.router.route.http.spec); choose one'));
    if (refs.length > 0 && gateway && gatewayRefs.length === 0) out.push(finding([...at, 'refs'], 'custom HTTP routes cannot be used with a managed gateway; either remove spec.router.route.http.refs or set spec.router.gateway.refs'));
    const parentRefs = list(inline?.['parentRefs']);
    if (parentRefs.length > 0 && gatewayRefs.length > 0) {
      const key = (r: unknown): string => JSON.stringify([text(record(r)?.['namespace']) ?? '', text(record(r)?.['name']) ?? '', text(record(r)?.['sectionName']) ?? '']);
      const a = parentRefs.map(key).sort();
      const b = gatewayRefs.map(key).sort();
      if (a.length !== b.length || a.some((k, i) => k !== b[i])) out.push(finding([...at, 'spec'], 'the managed HTTP route spec has parentRefs that conflict with spec.router.gateway.refs; remove one of them'));
    }
  }
  // validateTrafficFields: group and weight go together, and need Gateway API routing.
  const hasGroup = route['group'] !== undefined && route['group'] !== null;
  const hasWeight = route['weight'] !== undefined && route['weight'] !== null;
  if (hasGroup || hasWeight) {
    if (routerSpec['ingress'] !== undefined && routerSpec['ingress'] !== null) out.push(finding(['spec', 'router', 'route', 'group'], 'traffic splitting requires Gateway API routing; the controller manages HTTPRoutes, not Ingress resources'));
    else if (hasWeight && !hasGroup) out.push(finding(['spec', 'router', 'route', 'group'], 'weight requires group'));
    else if (hasGroup && !hasWeight) out.push(finding(['spec', 'router', 'route', 'weight'], 'group requires weight'));
    else if (list(http?.['refs']).length > 0) out.push(finding(['spec', 'router', 'route', 'http', 'refs'], 'traffic splitting (group and weight) cannot be combined with custom HTTPRoute refs'));
  }
  return out;
}

function scheduler(spec: Data): Finding[] {
  const sched = record(record(spec['router'])?.['scheduler']);
  if (!sched) return [];
  const at = ['spec', 'router', 'scheduler'];
  const out: Finding[] = [];
  const replicas = num(sched['replicas']);
  if (replicas !== undefined && replicas <= 0) out.push(finding([...at, 'replicas'], `scheduler replicas must be greater than zero (got ${replicas})`));
  const config = record(sched['config']);
  if (!config) return out;
  const inline = config['inline'];
  const ref = record(config['ref']);
  if (inline === undefined && !ref) out.push(finding([...at, 'config'], 'either inline or ref is required'));
  if (inline !== undefined && ref) out.push(finding([...at, 'config'], 'both inline and ref are set, either specify inline or ref'));
  if (inline !== undefined && JSON.stringify(inline).length < 3) out.push(finding([...at, 'config', 'inline'], 'inline configuration is invalid'));
  if (ref && (text(ref['name']) ?? '') === '') out.push(finding([...at, 'config', 'ref', 'name'], 'name is empty'));
  return out;
}

function loraAdapters(spec: Data, serviceName: string): Finding[] {
  const model = record(spec['model']) ?? {};
  const lora = record(model['lora']);
  if (!lora) return [];
  const at = ['spec', 'model', 'lora'];
  const out: Finding[] = [];
  for (const field of ['maxRank', 'maxAdapters', 'maxCpuAdapters'] as const) {
    const value = num(lora[field]);
    if (value !== undefined && value < 1) out.push(finding([...at, field], `${field} must be at least 1 (got ${value})`));
  }
  const base = text(model['name']) ?? serviceName;
  const seen = new Map<string, number>();
  list(lora['adapters']).forEach((a, i) => {
    const namePath = [...at, 'adapters', i, 'name'];
    const name = text(record(a)?.['name']) ?? '';
    if (name === '') return void out.push(finding(namePath, 'adapter name is required'));
    if (name === '.' || name === '..') return void out.push(finding(namePath, 'adapter name must not be "." or ".." (path traversal risk)'));
    const previous = seen.get(name);
    if (previous !== undefined) out.push(finding(namePath, `duplicate name (same as adapters[${previous}])`));
    else seen.set(name, i);
    if (name === base) out.push(finding(namePath, `adapter name must differ from the base model name ${JSON.stringify(base)}`));
  });
  return out;
}

function kvCacheOffloading(kv: Data | undefined, at: Path): Finding[] {
  const secondary = list(kv?.['secondary']);
  if (!kv || secondary.length === 0) return [];
  const out: Finding[] = [];
  const cpu = kv['cpu'];
  if (cpu === undefined || cpu === null || cpu === 0 || cpu === '0') out.push(finding([...at, 'cpu'], 'cpu must be set when secondary tiers are configured'));
  secondary.forEach((s, i) => {
    const fs = record(record(s)?.['fileSystem']);
    const p = [...at, 'secondary', i, 'fileSystem'];
    if (!fs) return void out.push(finding(p, 'only fileSystem tiers are supported; fileSystem must be set'));
    const backends = ['emptyDir', 'pvc'].filter((k) => fs[k] !== undefined && fs[k] !== null);
    if (backends.length === 0) out.push(finding(p, 'exactly one of emptyDir or pvc must be set'));
    else if (backends.length > 1) out.push(finding(p, 'emptyDir and pvc are mutually exclusive'));
    else if (backends[0] === 'pvc') {
      const pvc = record(fs['pvc']) ?? {};
      const kinds = ['spec', 'ref'].filter((k) => pvc[k] !== undefined && pvc[k] !== null);
      if (kinds.length !== 1) out.push(finding([...p, 'pvc'], 'exactly one of spec or ref must be set'));
    }
  });
  return out;
}

function confidential(spec: Data): Finding[] {
  const conf = record(record(spec['model'])?.['confidential']);
  if (!conf || conf['enabled'] !== true) return [];
  const id = text(conf['resourceId']);
  if (id && !KBS_RESOURCE_ID.test(id)) return [finding(['spec', 'model', 'confidential', 'resourceId'], 'must be in the format kbs:///<repo>/<type>/<tag>')];
  return [];
}

/**
 * Every webhook finding for an LLMInferenceService document of `apiVersion` v1alpha1 or v1alpha2.
 */
export function llmInferenceServiceFindings(doc: Data, version: 'v1alpha1' | 'v1alpha2'): Finding[] {
  const spec = record(doc['spec']) ?? {};
  const prefill = record(spec['prefill']);
  const name = text(record(doc['metadata'])?.['name']) ?? '';
  const out: Finding[] = [...router(spec), ...parallelism(spec, ['spec'])];
  if (prefill) out.push(...parallelism(prefill, ['spec', 'prefill']));
  out.push(...scheduler(spec), ...scaling(spec, ['spec']));
  if (prefill) out.push(...scaling(prefill, ['spec', 'prefill']));
  out.push(...actuatorConsistency(spec, prefill));
  if (version === 'v1alpha2') {
    out.push(...loraAdapters(spec, name), ...kvCacheOffloading(record(spec['kvCacheOffloading']), ['spec', 'kvCacheOffloading']));
    if (prefill) out.push(...kvCacheOffloading(record(prefill['kvCacheOffloading']), ['spec', 'prefill', 'kvCacheOffloading']));
    out.push(...confidential(spec));
  }
  return out;
}

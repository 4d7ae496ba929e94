/**
 * The rules KServe v0.20.0's InferenceService admission webhook enforces on create, beyond the
 * CRD schema: pkg/apis/serving/v1beta1/inference_service_validation.go (name, autoscaler class,
 * blocked env vars, multi-node, collocation, predictor, storage URIs, confidential, autoscaling
 * per deployment mode, canary) and component.go (exactly one implementation, replicas,
 * containerConcurrency, logger). The mutating webhook runs first, so the legacy deployment-mode
 * names are read as their new ones, as its defaulter rewrites them. Plus the controller's storage
 * URI scheme check (see storageUri.ts).
 */
import { list, num, record, stringMap, text } from '../access.ts';
import type { Data } from '../access.ts';
import type { PathSegment } from '../fieldPath.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import { storageUriProblem } from './storageUri.ts';

export const ANNOTATION_DEPLOYMENT_MODE = 'serving.kserve.io/deploymentMode';
export const ANNOTATION_AUTOSCALER_CLASS = 'serving.kserve.io/autoscalerClass';
export const ANNOTATION_KNATIVE_CLASS = 'autoscaling.knative.dev/class';
const KNATIVE_HPA_CLASS = 'hpa.autoscaling.knative.dev';
const GPU_TYPES_ANNOTATION = 'serving.kserve.io/gpu-resource-types';

/** `constants.AutoscalerAllowedClassList` (note: no "kpa"). */
export const ALLOWED_AUTOSCALER_CLASSES = ['hpa', 'external', 'keda', 'none'] as const;
const ISVC_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Framework fields of PredictorSpec, in `GetImplementations` order. */
export const PREDICTOR_IMPLEMENTATIONS = ['xgboost', 'pytorch', 'triton', 'sklearn', 'tensorflow', 'onnx', 'pmml', 'lightgbm', 'paddle', 'huggingface', 'model'] as const;
const INFERENCE_SERVICE_CONTAINER = 'kserve-container';
const TRANSFORMER_CONTAINER = 'transformer-container';
const BLOCKED_ENV = ['PYTHONPATH'];
const DEFAULT_GPU_TYPES = ['nvidia.com/gpu', 'amd.com/gpu', 'intel.com/gpu', 'habana.ai/gaudi'];
const BASIC_RESOURCES = new Set(['cpu', 'memory', 'storage', 'ephemeral-storage']);
const SPEC_STORAGE_PREFIXES = ['s3://', 'hdfs://', 'webhdfs://'];
const KBS_RESOURCE_ID = /^kbs:\/\/\/[a-zA-Z0-9_.-]+\/[a-zA-Z0-9_.-]+\/[a-zA-Z0-9_.-]+$/;

/** What the defaulter leaves in the annotation: legacy names mapped, "" when unset. */
export function deploymentModeOf(annotations: Readonly<Record<string, string>>): string {
  const mode = annotations[ANNOTATION_DEPLOYMENT_MODE] ?? '';
  if (mode === 'RawDeployment') return 'Standard';
  if (mode === 'Serverless') return 'Knative';
  return mode;
}

type Path = readonly PathSegment[];

function containerEnvFindings(container: unknown, at: Path): Finding[] {
  const out: Finding[] = [];
  list(record(container)?.['env']).forEach((e, j) => {
    const name = text(record(e)?.['name']);
    if (name !== undefined && BLOCKED_ENV.includes(name)) out.push(finding([...at, 'env', j, 'name'], `setting ${name} in container ${JSON.stringify(text(record(container)?.['name']) ?? '')} is not allowed for security reasons`));
  });
  return out;
}

function envFindings(containers: readonly unknown[], base: Path): Finding[] {
  return containers.flatMap((c, i) => containerEnvFindings(c, [...base, i]));
}

function blockedEnv(spec: Data): Finding[] {
  const predictor = record(spec['predictor']) ?? {};
  const out: Finding[] = [
    ...envFindings(list(predictor['containers']), ['spec', 'predictor', 'containers']),
    ...envFindings(list(predictor['initContainers']), ['spec', 'predictor', 'initContainers']),
  ];
  const framework = PREDICTOR_IMPLEMENTATIONS.find((k) => record(predictor[k]));
  if (framework) out.push(...containerEnvFindings(predictor[framework], ['spec', 'predictor', framework]));
  const worker = record(predictor['workerSpec']);
  if (worker) out.push(...envFindings(list(worker['containers']), ['spec', 'predictor', 'workerSpec', 'containers']), ...envFindings(list(worker['initContainers']), ['spec', 'predictor', 'workerSpec', 'initContainers']));
  for (const component of ['transformer', 'explainer'] as const) {
    const c = record(spec[component]);
    if (c) out.push(...envFindings(list(c['containers']), ['spec', component, 'containers']), ...envFindings(list(c['initContainers']), ['spec', component, 'initContainers']));
  }
  return out;
}

function gpuTypes(annotations: Readonly<Record<string, string>>): string[] {
  const custom = annotations[GPU_TYPES_ANNOTATION];
  if (custom === undefined) return DEFAULT_GPU_TYPES;
  try {
    const parsed: unknown = JSON.parse(custom);
    if (Array.isArray(parsed)) return [...DEFAULT_GPU_TYPES, ...parsed.filter((x): x is string => typeof x === 'string')];
  } catch {
    // An unreadable annotation adds nothing, as upstream reports it separately.
  }
  return DEFAULT_GPU_TYPES;
}

function unknownGpu(resources: unknown, annotations: Readonly<Record<string, string>>): string | undefined {
  const r = record(resources);
  const allowed = gpuTypes(annotations);
  for (const key of [...Object.keys(record(r?.['limits']) ?? {}), ...Object.keys(record(r?.['requests']) ?? {})]) {
    if (!BASIC_RESOURCES.has(key) && !allowed.includes(key)) return key;
  }
  return undefined;
}

function multiNode(spec: Data, annotations: Readonly<Record<string, string>>): Finding[] {
  const predictor = record(spec['predictor']) ?? {};
  const worker = record(predictor['workerSpec']);
  if (!worker) return [];
  const base = ['spec', 'predictor'];
  const out: Finding[] = [];
  if (list(worker['containers']).length > 1) out.push(finding([...base, 'workerSpec', 'containers'], 'setting multiple containers in workerSpec is not allowed'));
  const model = record(predictor['model']);
  if (model) {
    list(model['env']).forEach((e, j) => {
      const name = text(record(e)?.['name']);
      if (name === 'PIPELINE_PARALLEL_SIZE' || name === 'TENSOR_PARALLEL_SIZE') out.push(finding([...base, 'model', 'env', j, 'name'], `setting ${name} in environment variables is not allowed with workerSpec; use workerSpec.${name === 'TENSOR_PARALLEL_SIZE' ? 'tensorParallelSize' : 'pipelineParallelSize'}`));
    });
    const gpu = unknownGpu(model['resources'], annotations);
    if (gpu) out.push(finding([...base, 'model', 'resources'], `unknown GPU resource type ${JSON.stringify(gpu)}; set the ${GPU_TYPES_ANNOTATION} annotation to use a custom GPU resource type`));
    const uri = text(model['storageUri']);
    if (uri === undefined) out.push(finding([...base, 'model', 'storageUri'], 'storageUri must be set for multi-node (workerSpec)'));
    else {
      const protocol = uri.split('://')[0];
      if (protocol !== 'pvc' && protocol !== 'oci') out.push(finding([...base, 'model', 'storageUri'], `multi-node only supports the pvc and oci storage protocols (got ${JSON.stringify(protocol)})`));
    }
    if (annotations[ANNOTATION_AUTOSCALER_CLASS] !== 'none') out.push(finding(['metadata', 'annotations', ANNOTATION_AUTOSCALER_CLASS], `multi-node only supports the 'none' autoscaler class (got ${JSON.stringify(annotations[ANNOTATION_AUTOSCALER_CLASS] ?? '')})`));
  }
  for (const field of ['pipelineParallelSize', 'tensorParallelSize'] as const) {
    const value = num(worker[field]);
    if (value !== undefined && value < 1) out.push(finding([...base, 'workerSpec', field], `${field} cannot be less than 1 (got ${value})`));
  }
  list(worker['containers']).forEach((c, i) => {
    const gpu = unknownGpu(record(c)?.['resources'], annotations);
    if (gpu) out.push(finding([...base, 'workerSpec', 'containers', i, 'resources'], `unknown GPU resource type ${JSON.stringify(gpu)}; set the ${GPU_TYPES_ANNOTATION} annotation to use a custom GPU resource type`));
  });
  return out;
}

/** Implementation fields set on a component, as `GetImplementations` counts them. */
function implementations(component: Data, kind: 'predictor' | 'transformer' | 'explainer'): string[] {
  const containers = list(component['containers']);
  if (kind === 'transformer') return containers.length > 0 ? ['containers'] : [];
  if (kind === 'explainer') return [...(record(component['art']) ? ['art'] : []), ...(containers.length > 0 ? ['containers'] : [])];
  const found: string[] = PREDICTOR_IMPLEMENTATIONS.filter((k) => record(component[k]) !== undefined);
  if (containers.length > 0) {
    const named = containers.filter((c) => text(record(c)?.['name']) === INFERENCE_SERVICE_CONTAINER).length;
    for (let i = 0; i < named; i++) found.push('containers');
    if (found.length === 0) found.push('containers');
  }
  return found;
}

function replicas(component: Data, base: Path): Finding[] {
  const out: Finding[] = [];
  const min = num(component['minReplicas']) ?? 1;
  const max = num(component['maxReplicas']) ?? 0;
  if (min < 0) out.push(finding([...base, 'minReplicas'], `minReplicas cannot be less than 0 (got ${min})`));
  if (max < 0) out.push(finding([...base, 'maxReplicas'], `maxReplicas cannot be less than 0 (got ${max})`));
  if (min > max && max !== 0) out.push(finding([...base, 'minReplicas'], `minReplicas (${min}) cannot be greater than maxReplicas (${max})`));
  const concurrency = num(component['containerConcurrency']);
  if (concurrency !== undefined && concurrency < 0) out.push(finding([...base, 'containerConcurrency'], `containerConcurrency cannot be less than 0 (got ${concurrency})`));
  const logger = record(component['logger']);
  if (logger) {
    if (!['all', 'request', 'response'].includes(text(logger['mode']) ?? '')) out.push(finding([...base, 'logger', 'mode'], 'invalid logger type: mode must be all, request or response'));
    const storage = record(logger['storage']);
    if (storage && (storage['path'] === undefined || storage['parameters'] === undefined || storage['key'] === undefined)) out.push(finding([...base, 'logger', 'storage'], 'invalid logger storage configuration: path, parameters and key are all required'));
  }
  return out;
}

function implementationRules(component: Data, impl: string, base: Path): Finding[] {
  const out: Finding[] = [];
  if (impl === 'containers') {
    // CustomPredictor.validateCustomProtocol reads the first container's PROTOCOL env.
    const first = record(list(component['containers'])[0]);
    list(first?.['env']).forEach((e, j) => {
      const env = record(e);
      if (text(env?.['name']) === 'PROTOCOL' && !['v1', 'v2'].includes(text(env?.['value']) ?? '')) out.push(finding([...base, 'containers', 0, 'env', j, 'value'], `invalid protocol ${JSON.stringify(text(env?.['value']) ?? '')}; must be one of [v1, v2]`));
    });
    return out;
  }
  // HuggingFaceRuntimeSpec and the explainer check `storage` against the storage-spec schemes.
  if (impl === 'huggingface' || impl === 'art') {
    const spec = record(component[impl]) ?? {};
    const storage = record(spec['storage']);
    const uri = text(spec['storageUri']);
    if (storage && uri !== undefined && uri !== '' && !SPEC_STORAGE_PREFIXES.some((p) => uri.startsWith(p))) out.push(finding([...base, impl, 'storageUri'], `with storage set, storageUri must be one of: [${SPEC_STORAGE_PREFIXES.join(', ')}] (got ${JSON.stringify(uri)})`));
    else if (storage && (uri === undefined || uri === '')) {
      const type = text(record(storage['parameters'])?.['type']);
      if (type !== undefined && !SPEC_STORAGE_PREFIXES.some((p) => `${type}://`.startsWith(p))) out.push(finding([...base, impl, 'storage', 'parameters', 'type'], `storage.spec.type must be one of: [${SPEC_STORAGE_PREFIXES.join(', ')}] (got ${JSON.stringify(type)})`));
    }
  }
  return out;
}

function hpaRules(component: Data, base: Path): Finding[] {
  const out: Finding[] = [];
  const metric = text(component['scaleMetric']) ?? 'cpu';
  if (metric !== 'cpu' && metric !== 'memory') return [finding([...base, 'scaleMetric'], `[${metric}] is not a supported metric for the HPA autoscaler (cpu or memory)`)];
  const target = num(component['scaleTarget']);
  // Upstream's condition reads `metric == cpu && target < 1 || target > 100`: above 100 fails for any metric.
  if (target !== undefined && ((metric === 'cpu' && target < 1) || target > 100)) out.push(finding([...base, 'scaleTarget'], `the target utilization percentage should be a [1-100] integer (got ${target})`));
  if (target !== undefined && metric === 'memory' && target < 1) out.push(finding([...base, 'scaleTarget'], 'the target memory should be greater than 1 MiB'));
  list(record(component['autoScaling'])?.['metrics']).forEach((m, i) => {
    const spec = record(m) ?? {};
    if (spec['type'] !== 'Resource') out.push(finding([...base, 'autoScaling', 'metrics', i, 'type'], `invalid HPA metric source type ${JSON.stringify(spec['type'])}; valid metric source types are Resource`));
    else if (!record(spec['resource'])) out.push(finding([...base, 'autoScaling', 'metrics', i, 'resource'], 'resource is not set for the Resource metric source type'));
  });
  return out;
}

function metricTargetRules(target: Data | undefined, at: Path): Finding[] {
  const type = text(target?.['type']);
  if (type === 'Utilization') {
    const util = num(target?.['averageUtilization']);
    if (util === undefined) return [finding([...at, 'averageUtilization'], 'averageUtilization must be set for the Utilization type')];
    if (util < 1 || util > 100) return [finding([...at, 'averageUtilization'], `the target utilization percentage should be a [1-100] integer (got ${util})`)];
  }
  if (type === 'AverageValue' && target?.['averageValue'] === undefined) return [finding([...at, 'averageValue'], 'averageValue must be set for the AverageValue type')];
  if (type === 'Value' && target?.['value'] === undefined) return [finding([...at, 'value'], 'value must be set for the Value type')];
  return [];
}

function kedaRules(component: Data, base: Path): Finding[] {
  const out: Finding[] = [];
  if (component['scaleMetric'] !== undefined) out.push(finding([...base, 'scaleMetric'], 'scaleMetric is not supported for KEDA; use autoScaling.metrics'));
  list(record(component['autoScaling'])?.['metrics']).forEach((m, i) => {
    const spec = record(m) ?? {};
    const at = [...base, 'autoScaling', 'metrics', i];
    const type = spec['type'];
    if (type === 'Resource') {
      const resource = record(spec['resource']);
      if (!resource) return void out.push(finding([...at, 'resource'], 'resource is not set for the Resource metric source type'));
      const target = record(resource['target']);
      const targetType = text(target?.['type']);
      if (resource['name'] === 'cpu' && targetType !== 'Utilization') return void out.push(finding([...at, 'resource', 'target', 'type'], 'the cpu target value type should be Utilization'));
      if (resource['name'] === 'memory' && targetType !== 'AverageValue' && targetType !== 'Utilization') return void out.push(finding([...at, 'resource', 'target', 'type'], 'the memory target value type should be AverageValue or Utilization'));
      if (resource['name'] !== 'cpu' && resource['name'] !== 'memory') return void out.push(finding([...at, 'resource', 'name'], `resource type ${JSON.stringify(resource['name'])} is not supported`));
      out.push(...metricTargetRules(target, [...at, 'resource', 'target']));
    } else if (type === 'External' || type === 'PodMetric') {
      const key = type === 'External' ? 'external' : 'podmetric';
      const source = record(spec[key]);
      if (!source) return void out.push(finding([...at, key], `${key} is not set for the ${type} metric source type`));
      if (!text(record(source['metric'])?.['query'])) return void out.push(finding([...at, key, 'metric', 'query'], 'the query should not be empty'));
      const target = record(source['target']);
      if (target?.['value'] === undefined) return void out.push(finding([...at, key, 'target', 'value'], 'the target threshold value should not be empty'));
      out.push(...metricTargetRules(target, [...at, key, 'target']));
    } else {
      out.push(finding([...at, 'type'], `unknown KEDA metric type ${JSON.stringify(type)}; valid types are Resource, External, PodMetric`));
    }
  });
  return out;
}

function kpaRules(component: Data, base: Path): Finding[] {
  if (component['deploymentStrategy'] !== undefined) return [finding([...base, 'deploymentStrategy'], 'customizing deploymentStrategy is only supported in Standard (raw deployment) mode')];
  const metric = text(component['scaleMetric']) ?? 'concurrency';
  if (metric !== 'concurrency' && metric !== 'rps') return [finding([...base, 'scaleMetric'], `[${metric}] is not a supported metric for the Knative autoscaler (concurrency or rps)`)];
  const target = num(component['scaleTarget']);
  if (metric === 'rps' && target !== undefined && target < 1) return [finding([...base, 'scaleTarget'], 'the target for rps should be greater than 1')];
  return [];
}

/** validateAutoScalingCompExtension: which autoscaler's rules apply follows the mode and class annotations. */
function autoscalingRules(component: Data, base: Path, annotations: Readonly<Record<string, string>>): Finding[] {
  if (deploymentModeOf(annotations) === 'Standard') {
    const cls = annotations[ANNOTATION_AUTOSCALER_CLASS];
    if (cls === 'hpa') return hpaRules(component, base);
    if (cls === 'keda') return kedaRules(component, base);
    return [];
  }
  if (annotations[ANNOTATION_KNATIVE_CLASS] === KNATIVE_HPA_CLASS) return hpaRules(component, base);
  return kpaRules(component, base);
}

function storageUris(component: Data, impl: string | undefined, base: Path): Finding[] {
  const uris = component['storageUris'];
  if (uris === undefined || uris === null) return [];
  if (impl && text(record(component[impl])?.['storageUri']) !== undefined) return [finding([...base, 'storageUris'], 'setting both storageUri and storageUris is not supported')];
  const out: Finding[] = [];
  const paths: string[] = [];
  const pvcPaths: string[] = [];
  list(uris).forEach((u, i) => {
    const entry = record(u) ?? {};
    const uri = text(entry['uri']) ?? '';
    const mountPath = text(entry['mountPath']) ?? '';
    const at = [...base, 'storageUris', i];
    if (uri === '') out.push(finding([...at, 'uri'], 'storage URI cannot be empty'));
    else if (mountPath === '/') out.push(finding([...at, 'mountPath'], 'storage path cannot be empty'));
    else if (!mountPath.startsWith('/')) out.push(finding([...at, 'mountPath'], `storage path must be absolute: ${mountPath}`));
    else if (mountPath.includes('..')) out.push(finding([...at, 'mountPath'], `storage path cannot contain '..' for security reasons: ${mountPath}`));
    else (uri.startsWith('pvc://') ? pvcPaths : paths).push(mountPath);
  });
  if (out.length > 0 || paths.length <= 1) return out;
  if (new Set(pvcPaths).size !== pvcPaths.length) return [finding([...base, 'storageUris'], 'PVC storage paths must be unique')];
  const split = paths.map((p) => p.split('/').filter(Boolean));
  const common: string[] = [];
  for (let i = 0; split.every((parts) => i < parts.length - 1 && parts[i] === split[0]?.[i]); i++) common.push(split[0]?.[i] ?? '');
  if (common.length === 0) out.push(finding([...base, 'storageUris'], `storage paths must have a common parent directory; ${JSON.stringify(paths)} have none beyond root`));
  return out;
}

function confidential(predictor: Data, impl: string | undefined): Finding[] {
  const spec = impl && impl !== 'containers' ? record(predictor[impl]) : undefined;
  const conf = record(spec?.['confidential']);
  if (!impl || !conf || conf['enabled'] !== true) return [];
  const base = ['spec', 'predictor', impl];
  const uri = text(spec?.['storageUri']);
  if (!uri) return [finding([...base, 'storageUri'], 'confidential model serving requires storageUri to be set')];
  const id = text(conf['resourceId']);
  if (id && !KBS_RESOURCE_ID.test(id)) return [finding([...base, 'confidential', 'resourceId'], 'must be in the format kbs:///<repo>/<type>/<tag>')];
  return [];
}

function canary(spec: Data, annotations: Readonly<Record<string, string>>): Finding[] {
  const entries = list(spec['canary']);
  if (entries.length === 0) return [];
  if (deploymentModeOf(annotations) !== 'Standard') return [finding(['spec', 'canary'], 'canary is only supported in Standard deployment mode')];
  const stable = record(spec['predictor']) ?? {};
  const stableImpls = implementations(stable, 'predictor');
  const stableUri = stableImpls[0] && stableImpls[0] !== 'containers' ? text(record(stable[stableImpls[0]])?.['storageUri']) : undefined;
  if (stableUri === undefined && !record(stable['model'])) return [finding(['spec', 'predictor'], 'canary requires a stable predictor with a model (multi-model serving is not supported with canary)')];
  const out: Finding[] = [];
  const names = new Set<string>();
  let total = 0;
  entries.forEach((c, i) => {
    const entry = record(c) ?? {};
    const predictor = record(entry['predictor']) ?? {};
    const at = ['spec', 'canary', i];
    const name = text(predictor['name']) ?? '';
    if (name === '') return void out.push(finding([...at, 'predictor', 'name'], `canary[${i}] predictor.name is required`));
    if (names.has(name)) return void out.push(finding([...at, 'predictor', 'name'], `canary predictor.name ${JSON.stringify(name)} is duplicated`));
    names.add(name);
    if (name === text(stable['name'])) return void out.push(finding([...at, 'predictor', 'name'], `canary predictor.name ${JSON.stringify(name)} conflicts with the stable predictor name`));
    const traffic = num(entry['trafficPercent']) ?? 0;
    if (traffic < 0 || traffic > 100) return void out.push(finding([...at, 'trafficPercent'], `trafficPercent must be between 0 and 100 (got ${traffic})`));
    total += traffic;
    const impls = implementations(predictor, 'predictor');
    if (impls.length !== 1) return void out.push(finding([...at, 'predictor'], `exactly one predictor implementation must be specified (found ${impls.length})`));
    for (const field of ['workerSpec', 'maxReplicas', 'scaleTarget', 'scaleMetric', 'autoScaling'] as const) {
      const set = field === 'maxReplicas' ? (num(predictor[field]) ?? 0) > 0 : predictor[field] !== undefined;
      if (set) return void out.push(finding([...at, 'predictor', field], `a canary must not set ${field} (canary uses fixed replicas${field === 'workerSpec' ? '; multi-node is not supported for canary' : ''})`));
    }
    const min = num(predictor['minReplicas']);
    const stableMin = num(stable['minReplicas']) ?? 1;
    if (min !== undefined && min > stableMin) out.push(finding([...at, 'predictor', 'minReplicas'], `canary minReplicas (${min}) must not exceed the stable predictor's minReplicas (${stableMin})`));
  });
  if (out.length === 0 && total > 100) out.push(finding(['spec', 'canary'], `the sum of canary trafficPercent values (${total}) must be <= 100`));
  return out;
}

/**
 * Every webhook finding for an InferenceService document (webhook stops at the first error; this
 * reports all of them, each at its field).
 */
export function inferenceServiceFindings(doc: Data): Finding[] {
  const metadata = record(doc['metadata']) ?? {};
  const annotations = stringMap(metadata['annotations']);
  const spec = record(doc['spec']) ?? {};
  const out: Finding[] = [];
  const name = text(metadata['name']);
  if (name !== undefined && !ISVC_NAME.test(name)) out.push(finding(['metadata', 'name'], `an InferenceService name must consist of lower case alphanumeric characters or '-', start with a letter and end with an alphanumeric character (regex [a-z]([-a-z0-9]*[a-z0-9])?); got ${JSON.stringify(name)}`));
  const cls = annotations[ANNOTATION_AUTOSCALER_CLASS];
  if (cls !== undefined && !(ALLOWED_AUTOSCALER_CLASSES as readonly string[]).includes(cls)) out.push(finding(['metadata', 'annotations', ANNOTATION_AUTOSCALER_CLASS], `[${cls}] is not a supported autoscaler class type (${ALLOWED_AUTOSCALER_CLASSES.join(', ')})`));
  out.push(...blockedEnv(spec), ...multiNode(spec, annotations));
  const predictor = record(spec['predictor']);
  if (predictor) {
    const transformerContainer = list(predictor['containers']).map(record).find((c) => text(c?.['name']) === TRANSFORMER_CONTAINER);
    if (list(transformerContainer?.['env']).some((e) => text(record(e)?.['name']) === 'STORAGE_URI')) out.push(finding(['spec', 'predictor', 'containers'], 'storage uri should not be specified in transformer container'));
    for (const k of PREDICTOR_IMPLEMENTATIONS) {
      const n = text(record(predictor[k])?.['name']);
      if (n !== undefined && n !== '') out.push(finding(['spec', 'predictor', k, 'name'], "the 'name' field is not allowed in a standard predictor"));
    }
  }
  for (const kind of ['predictor', 'transformer', 'explainer'] as const) {
    const component = record(spec[kind]);
    if (!component) continue;
    const base = ['spec', kind];
    const impls = implementations(component, kind);
    if (impls.length !== 1) {
      out.push(finding(base, impls.length === 0 ? `no ${kind} implementation: set exactly one of ${kind === 'predictor' ? `${PREDICTOR_IMPLEMENTATIONS.join(', ')} or containers` : kind === 'explainer' ? 'art or containers' : 'containers'}` : `exactly one ${kind} implementation must be set (found ${impls.join(', ')})`));
      continue;
    }
    const impl = impls[0] ?? '';
    out.push(...storageUris(component, impl === 'containers' ? undefined : impl, base));
    out.push(...implementationRules(component, impl, base), ...replicas(component, base), ...autoscalingRules(component, base, annotations));
    const uri = impl !== 'containers' ? text(record(component[impl])?.['storageUri']) : undefined;
    const uriProblem = uri !== undefined ? storageUriProblem(uri) : undefined;
    if (uriProblem) out.push(finding([...base, impl, 'storageUri'], uriProblem));
    if (kind === 'predictor') out.push(...confidential(component, impl));
  }
  out.push(...canary(spec, annotations));
  return out;
}

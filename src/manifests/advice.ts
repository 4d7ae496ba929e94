/**
 * Advice the API server and webhook do not give: GPUs vs tensor-parallel size, whether the
 * model fits the GPU (the course's vLLM memory planner, for models in the catalog), and the cold
 * start that scale-to-zero means for a large model (InferenceService in Knative mode; an
 * LLMInferenceService cannot scale to zero: its CRD has scaling.minReplicas ≥ 1). Advice never makes a manifest invalid.
 */
import { GIB, GPUS, MODELS, planMemory, weightBytesPerGpu } from '../sim/cost/index.ts';
import type { GpuSpec, ModelArch } from '../sim/cost/index.ts';
import { list, num, record, stringMap, text } from './access.ts';
import type { Data } from './access.ts';
import type { PathSegment } from './fieldPath.ts';
import { finding } from './webhook/finding.ts';
import type { Finding } from './webhook/finding.ts';
import { ANNOTATION_DEPLOYMENT_MODE, deploymentModeOf } from './webhook/inferenceService.ts';
import { KSERVE_VERSION } from './version.ts';

const GPU_RESOURCES = ['nvidia.com/gpu', 'amd.com/gpu', 'intel.com/gpu', 'habana.ai/gaudi'];
/** Above this many GiB of weights a cold start is dominated by the model download and load. */
const LARGE_MODEL_GIB = 10;
const KNOWN_MODES = ['Standard', 'Knative', 'ModelMesh', ''];

/** Catalog model for an `hf://org/repo` URI; instruct and chat variants share the base architecture. */
export function catalogModelForUri(uri: string | undefined): ModelArch | undefined {
  const match = /^hf:\/\/[^/]+\/([^:/?]+)/.exec(uri ?? '');
  if (!match?.[1]) return undefined;
  const normalise = (name: string): string => name.toLowerCase().replace(/^meta-/, '').replace(/-(instruct|chat|it)(?=-|$)/, '');
  const wanted = normalise(match[1]);
  return MODELS.find((m) => normalise(m.source.url.split('/')[4] ?? '') === wanted);
}

/** The catalog GPU a node selector or affinity points at (e.g. `nvidia.com/gpu.product: NVIDIA-H200`); H100 otherwise. */
function gpuFor(podSpec: Data | undefined): { gpu: GpuSpec; assumed: boolean } {
  const hints = JSON.stringify([podSpec?.['nodeSelector'] ?? null, podSpec?.['affinity'] ?? null]).toLowerCase();
  const pick = (id: string): GpuSpec => GPUS.find((g) => g.id === id) ?? (GPUS[0] as GpuSpec);
  for (const [needle, id] of [['h200', 'h200-141gb'], ['a100', 'a100-sxm-80gb'], ['l40s', 'l40s-48gb'], ['mi300', 'mi300x-192gb'], ['h100', 'h100-sxm-80gb']] as const) {
    if (hints.includes(needle)) return { gpu: pick(id), assumed: false };
  }
  return { gpu: pick('h100-sxm-80gb'), assumed: true };
}

function gpuCount(resources: unknown): number | undefined {
  const r = record(resources);
  for (const key of GPU_RESOURCES) {
    const value = record(r?.['limits'])?.[key] ?? record(r?.['requests'])?.[key];
    const n = typeof value === 'string' ? Number(value) : num(value);
    if (n !== undefined && Number.isFinite(n)) return n;
  }
  return undefined;
}

/** A vLLM flag's value from args (`--flag N`, `--flag=N`, snake or kebab case). */
function flagValue(args: readonly unknown[], names: readonly string[]): string | undefined {
  const strings = args.filter((a): a is string => typeof a === 'string');
  for (let i = 0; i < strings.length; i++) {
    const arg = strings[i] ?? '';
    for (const name of names) {
      const variants = [name, name.replace(/-/g, '_')];
      for (const v of variants) {
        if (arg === `--${v}`) return strings[i + 1];
        if (arg.startsWith(`--${v}=`)) return arg.slice(v.length + 3);
      }
    }
  }
  return undefined;
}

interface Serving {
  readonly gpus?: number;
  readonly gpusPath: readonly PathSegment[];
  readonly tp?: number;
  /** Data-parallel ranks per pod (LLMInferenceService `parallelism.dataLocal`). */
  readonly dataLocal?: number;
  readonly maxModelLen?: number;
  readonly model?: ModelArch;
  readonly modelPath: readonly PathSegment[];
  readonly podSpec?: Data;
}

function fitAdvice(s: Serving): Finding[] {
  const out: Finding[] = [];
  const tp = s.tp ?? 1;
  const ranks = s.dataLocal ?? 1;
  const perPod = tp * ranks;
  const explicit = s.tp !== undefined || s.dataLocal !== undefined;
  const layout = s.dataLocal !== undefined ? `tensor ${tp} × dataLocal ${ranks} = ${perPod}` : `tensor-parallel size ${tp}`;
  if (s.gpus !== undefined && explicit && s.gpus !== perPod) out.push(finding(s.gpusPath, `${s.gpus} GPU(s) requested per pod but the parallelism needs ${perPod} (${layout}): vLLM uses exactly that many GPUs per pod, so ${s.gpus > perPod ? `${s.gpus - perPod} would sit idle` : 'the engine cannot start'}`));
  else if (s.gpus !== undefined && s.gpus > 1 && !explicit) out.push(finding(s.gpusPath, `${s.gpus} GPUs requested but no tensor-parallel size is set; make sure the runtime shards the model over them (vLLM --tensor-parallel-size ${s.gpus})`));
  if (!s.model) return out;
  const { gpu, assumed } = gpuFor(s.podSpec);
  try {
    const plan = planMemory({ model: s.model, gpu, tp, weightDtype: 'bf16', kvDtype: 'bf16', ...(s.maxModelLen ? { maxModelLen: s.maxModelLen } : {}) });
    if (!plan.fits) out.push(finding(s.modelPath, `${s.model.name} in bf16 on ${tp} × ${gpu.name}${assumed ? ' (assumed; no GPU product in nodeSelector)' : ''}: ${plan.problem ?? 'does not fit'}`));
  } catch (error) {
    out.push(finding(s.modelPath, `${s.model.name} cannot be split ${tp} ways: ${error instanceof Error ? error.message : String(error)}`));
  }
  return out;
}

function coldStartAdvice(model: ModelArch | undefined, at: readonly PathSegment[], what: string): Finding[] {
  const gib = model ? weightBytesPerGpu(model, 'bf16', 1) / GIB : undefined;
  if (gib !== undefined && gib < LARGE_MODEL_GIB) return [];
  const size = gib !== undefined ? `${model?.name} is about ${gib.toFixed(0)} GiB in bf16` : 'an LLM is usually many GiB';
  return [finding(at, `${what} scales to zero: the first request after idle waits for a cold start (schedule a GPU node, pull the image, download and load the weights; ${size}), often minutes. Keep minReplicas ≥ 1 for latency-sensitive traffic.`)];
}

function isvcAdvice(doc: Data): Finding[] {
  const annotations = stringMap(record(doc['metadata'])?.['annotations']);
  const predictor = record(record(doc['spec'])?.['predictor']) ?? {};
  const impl = ['model', 'huggingface'].find((k) => record(predictor[k]));
  const out: Finding[] = [];
  const mode = deploymentModeOf(annotations);
  // The controller names the predictor's Service `<name>-predictor`, a DNS-1035 label (≤ 63).
  const name = text(record(doc['metadata'])?.['name']) ?? '';
  if (name.length + '-predictor'.length > 63) out.push(finding(['metadata', 'name'], `${name.length} characters: the controller's Service "${name}-predictor" would exceed the 63-character DNS label limit, so the predictor cannot be created; keep the name to 53 characters`));
  if (!KNOWN_MODES.includes(mode)) out.push(finding(['metadata', 'annotations', ANNOTATION_DEPLOYMENT_MODE], `unknown deployment mode ${JSON.stringify(mode)}; KServe ${KSERVE_VERSION} knows Standard and Knative (RawDeployment and Serverless are their old names)`));
  if (impl) {
    const spec = record(predictor[impl]) ?? {};
    const args = list(spec['args']);
    const env = list(spec['env']).map(record);
    const tpText = flagValue(args, ['tensor-parallel-size']) ?? text(env.find((e) => text(e?.['name']) === 'TENSOR_PARALLEL_SIZE')?.['value']);
    const worker = record(predictor['workerSpec']);
    const tp = num(worker?.['tensorParallelSize']) ?? (tpText !== undefined ? Number(tpText) : undefined);
    const maxLen = flagValue(args, ['max-model-len']);
    const model = catalogModelForUri(text(spec['storageUri']));
    out.push(
      ...fitAdvice({
        ...(worker ? {} : { gpus: gpuCount(spec['resources']) }),
        gpusPath: ['spec', 'predictor', impl, 'resources'],
        ...(tp !== undefined && Number.isFinite(tp) ? { tp } : {}),
        ...(maxLen !== undefined && Number(maxLen) > 0 ? { maxModelLen: Number(maxLen) } : {}),
        ...(model ? { model } : {}),
        modelPath: ['spec', 'predictor', impl, 'storageUri'],
        podSpec: predictor,
      }),
    );
    // Scale to zero exists only with Knative; the shipped default mode is Knative when unset.
    if (num(predictor['minReplicas']) === 0 && mode !== 'Standard') out.push(...coldStartAdvice(model, ['spec', 'predictor', 'minReplicas'], 'minReplicas: 0'));
  }
  return out;
}

function llmisvcAdvice(doc: Data): Finding[] {
  const spec = record(doc['spec']) ?? {};
  const template = record(spec['template']);
  const containers = list(template?.['containers']).map(record);
  const main = containers.find((c) => text(c?.['name']) === 'main') ?? containers[0];
  const mainIndex = main ? containers.indexOf(main) : 0;
  const parallel = record(spec['parallelism']);
  const model = catalogModelForUri(text(record(spec['model'])?.['uri']));
  const gpus = gpuCount(main?.['resources']);
  const tp = num(parallel?.['tensor']);
  const dataLocal = num(parallel?.['dataLocal']);
  const maxLen = flagValue(list(main?.['args']), ['max-model-len']);
  return fitAdvice({
    ...(gpus !== undefined ? { gpus } : {}),
    gpusPath: ['spec', 'template', 'containers', mainIndex, 'resources'],
    ...(tp !== undefined ? { tp } : {}),
    ...(dataLocal !== undefined ? { dataLocal } : {}),
    ...(maxLen !== undefined && Number(maxLen) > 0 ? { maxModelLen: Number(maxLen) } : {}),
    ...(model ? { model } : {}),
    modelPath: ['spec', 'model', 'uri'],
    ...(template ? { podSpec: template } : {}),
  });
}

/** Advice for one document; only InferenceService and LLMInferenceService get any. */
export function adviceFindings(doc: Data, kind: string): Finding[] {
  if (kind === 'InferenceService') return isvcAdvice(doc);
  if (kind === 'LLMInferenceService') return llmisvcAdvice(doc);
  return [];
}

/**
 * `npm run --silent sim -- step-time --model <id|config.json> --gpu <id> --tp <N> --dtype bf16|fp8
 *    [--kv-dtype bf16|fp8] [--decode <B>x<ctx>] [--prefill <S>]`
 *
 * Prices one engine step with the calibrated cost model and prints one JSON object.
 * `--decode` and `--prefill` together make a mixed chunked-prefill step: one chunk of S new
 * tokens (no cached context) plus B decodes at context ctx.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { StepShape } from '../../src/sim/costModel.ts';
import { createCalibratedCostModel } from '../../src/sim/cost/calibratedCostModel.ts';
import { GPU_IDS, findGpu } from '../../src/sim/cost/catalog/gpus.ts';
import { MODELS, findModel } from '../../src/sim/cost/catalog/models.ts';
import { parseModelConfig } from '../../src/sim/cost/catalog/parseModelConfig.ts';
import type { ModelArch } from '../../src/sim/cost/types.ts';

const USAGE =
  'usage: step-time --model <id|config.json> --gpu <id> --tp <N> --dtype bf16|fp8 [--kv-dtype bf16|fp8] [--decode <B>x<ctx>] [--prefill <S>]';

class UsageError extends Error {}

function parseFlags(args: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument "${a}"`);
    const eq = a.indexOf('=');
    const [name, value] = eq > 0 ? [a.slice(2, eq), a.slice(eq + 1)] : [a.slice(2), args[++i]];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    if (flags.has(name)) throw new UsageError(`--${name} given twice`);
    flags.set(name, value);
  }
  const known = new Set(['model', 'gpu', 'tp', 'dtype', 'kv-dtype', 'decode', 'prefill']);
  for (const k of flags.keys()) if (!known.has(k)) throw new UsageError(`unknown option --${k}`);
  return flags;
}

function positiveInt(name: string, s: string): number {
  if (!/^\d+$/.test(s) || Number(s) < 1) throw new UsageError(`${name} must be a positive integer (got "${s}")`);
  return Number(s);
}

function loadModel(ref: string): ModelArch {
  const known = findModel(ref);
  if (known) return known;
  if (!ref.endsWith('.json') && !existsSync(ref)) {
    throw new UsageError(`unknown model "${ref}" (catalog: ${MODELS.map((m) => m.id).join(', ')}; or a path to a config.json)`);
  }
  if (!existsSync(ref)) throw new UsageError(`model config file not found: ${ref}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(ref, 'utf8'));
  } catch (e) {
    throw new UsageError(`${ref} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = parseModelConfig(json, basename(ref, '.json'));
  if (!r.ok) throw new UsageError(`invalid model config ${ref}:\n  ${r.errors.join('\n  ')}`);
  return r.value;
}

const r2 = (x: number): number => Math.round(x * 100) / 100;

/** Runs the subcommand; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\nGPUs: ${GPU_IDS.join(', ')}\nmodels: ${MODELS.map((m) => m.id).join(', ')}\n`);
    return 0;
  }
  try {
    const f = parseFlags(args);
    for (const req of ['model', 'gpu', 'tp', 'dtype']) if (!f.has(req)) throw new UsageError(`missing --${req}`);
    const model = loadModel(f.get('model') as string);
    const gpuId = f.get('gpu') as string;
    const gpu = findGpu(gpuId);
    if (!gpu) throw new UsageError(`unknown GPU "${gpuId}" (known: ${GPU_IDS.join(', ')})`);
    const tp = positiveInt('--tp', f.get('tp') as string);
    const dtype = f.get('dtype') as string;
    if (dtype !== 'bf16' && dtype !== 'fp8') throw new UsageError(`--dtype must be bf16 or fp8 (got "${dtype}")`);
    const kvDtype = f.get('kv-dtype') ?? 'bf16';
    if (kvDtype !== 'bf16' && kvDtype !== 'fp8') throw new UsageError(`--kv-dtype must be bf16 or fp8 (got "${kvDtype}")`);
    const decode = f.get('decode');
    const prefill = f.get('prefill');
    if (decode === undefined && prefill === undefined) throw new UsageError('give --decode <B>x<ctx>, --prefill <S>, or both');
    let shape: StepShape = { prefills: [], decodes: [] };
    if (decode !== undefined) {
      const m = /^(\d+)x(\d+)$/.exec(decode);
      if (!m) throw new UsageError(`--decode must look like <B>x<ctx>, e.g. 32x1024 (got "${decode}")`);
      const b = positiveInt('--decode batch', m[1] as string);
      const ctx = positiveInt('--decode context', m[2] as string);
      shape = { ...shape, decodes: new Array(b).fill({ contextTokens: ctx }) };
    }
    if (prefill !== undefined) {
      shape = { ...shape, prefills: [{ newTokens: positiveInt('--prefill', prefill), cachedTokens: 0, emitsToken: true }] };
    }
    let cm;
    try {
      cm = createCalibratedCostModel({ model, gpu, tp, weightDtype: dtype, kvDtype });
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e));
    }
    const b = cm.breakdown(shape);
    const out = {
      model: model.id,
      gpu: gpu.id,
      tp,
      dtype,
      kvDtype,
      decode: decode ?? null,
      prefill: prefill === undefined ? null : Number(prefill),
      perLayerUs: r2(b.perLayerUs),
      commUs: r2(b.commUs),
      lmHeadUs: r2(b.lmHeadUs),
      stepUs: r2(b.stepUs),
      layers: model.layers,
      tokens: b.tokens,
      emittingSeqs: b.emittingSeqs,
      tokensPerSecond: r2((b.tokens / b.stepUs) * 1e6),
      parts: { gemmUs: r2(b.parts.gemmUs), prefillAttentionUs: r2(b.parts.prefillAttentionUs), decodeAttentionUs: r2(b.parts.decodeAttentionUs), elementwiseUs: r2(b.parts.elementwiseUs) },
      provenance: {
        compute: gpu.calibration === 'measured' ? 'fitted to measurements' : 'estimated from spec sheet',
        comm: tp > 1 ? `estimated: ring all-reduce over ${gpu.interconnect.label}` : 'none (tp=1)',
      },
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`step-time: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

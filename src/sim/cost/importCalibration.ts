/**
 * Validates a user's calibration JSON (the format of our measured files, as written by
 * tools/profile-gpu) and turns it into a GPU the app can price. Errors name the field:
 * `models.my-model.ops.tp1.linear_us.qkv.16: must be a positive number`.
 */
import * as v from 'valibot';
import { GPUS } from './catalog/gpus.ts';
import { issueMessages, rawConfigToModel, RawModelConfigSchema } from './catalog/parseModelConfig.ts';
import { coefficientsFor, REFERENCE_GPU_ID } from './coefficients.ts';
import { fitGpu } from './fit/fitGpu.ts';
import { tpProblem } from './model/shardShapes.ts';
import type { CalibrationFile, GpuCoefficients, GpuSpec } from './types.ts';

const positive = v.pipe(v.number('must be a number'), v.finite('must be finite'), v.gtValue(0, 'must be a positive number'));
const table = (keyPattern: RegExp, keyHint: string) =>
  v.record(v.pipe(v.string(), v.regex(keyPattern, `keys must look like ${keyHint}`)), positive, 'must be an object of timings');
const tokensTable = table(/^\d+$/, '"<tokens>"');
const linear = v.object({
  qkv: v.optional(tokensTable),
  o: v.optional(tokensTable),
  gate_up: v.optional(tokensTable),
  down: v.optional(tokensTable),
  lm_head: v.optional(tokensTable),
});
const tpKey = v.pipe(v.string(), v.regex(/^tp[1-9]\d*$/, 'keys must look like "tp1", "tp2" …'));

const CalibrationSchema = v.object({
  gpu: v.object({
    id: v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a lowercase id like "rtx-4090-24gb"')),
    name: v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty')),
    memory_gib: positive,
    sms: v.optional(v.pipe(v.number(), v.integer('must be an integer'), v.minValue(1))),
    measured: v.optional(
      v.object({
        copy_GBps_read_plus_write: v.optional(v.array(positive)),
        bf16_matmul_TFLOPs_8192cubed: v.optional(v.array(positive)),
      }),
    ),
    interconnect_GBps_per_direction: v.optional(positive),
  }),
  models: v.record(
    v.pipe(v.string(), v.minLength(1)),
    v.object({
      config: RawModelConfigSchema,
      ops: v.optional(
        v.record(
          tpKey,
          v.object({
            linear_us: linear,
            prefill_attn_us: v.optional(tokensTable),
            decode_attn_us: v.optional(table(/^\d+x\d+$/, '"<batch>x<context>"')),
          }),
        ),
      ),
      layers: v.optional(
        v.record(
          tpKey,
          v.object({
            decode_us_per_layer: v.optional(table(/^\d+x\d+$/, '"<batch>x<context>"')),
            prefill_us_per_layer: v.optional(tokensTable),
            lm_head_us: v.optional(tokensTable),
          }),
        ),
      ),
      fp8_ops: v.optional(v.record(tpKey, v.object({ linear_us: linear }))),
    }),
    'must be an object of models',
  ),
});

export type ImportResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Validates a parsed calibration JSON.
 * @returns the typed file, or human-readable errors naming each bad field
 */
export function validateCalibration(json: unknown): ImportResult<CalibrationFile> {
  const r = v.safeParse(CalibrationSchema, json);
  if (!r.success) return { ok: false, errors: issueMessages(r.issues).slice(0, 20) };
  const errors: string[] = [];
  let gemmPoints = 0;
  for (const [name, m] of Object.entries(r.output.models)) {
    const arch = rawConfigToModel(name, m.config);
    for (const key of [...Object.keys(m.ops ?? {}), ...Object.keys(m.layers ?? {}), ...Object.keys(m.fp8_ops ?? {})]) {
      const problem = tpProblem(arch, Number(key.slice(2)));
      if (problem) errors.push(`models.${name}: ${key}: ${problem}`);
    }
    for (const ops of Object.values(m.ops ?? {})) for (const t of Object.values(ops.linear_us)) gemmPoints += Object.keys(t ?? {}).length;
  }
  if (gemmPoints < 8) errors.push('models: need at least 8 GEMM timings (ops.tpN.linear_us) to fit a GPU');
  return errors.length ? { ok: false, errors } : { ok: true, value: r.output as CalibrationFile };
}

/** A GpuSpec for an imported file; rates are inferred from its measured copy and matmul figures. */
export function importedGpuSpec(file: CalibrationFile): GpuSpec {
  const ref = GPUS.find((g) => g.id === REFERENCE_GPU_ID) as GpuSpec;
  const avg = (xs: readonly number[] | undefined): number | undefined => (xs && xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);
  const copy = avg(file.gpu.measured?.copy_GBps_read_plus_write);
  const mm = avg(file.gpu.measured?.bf16_matmul_TFLOPs_8192cubed);
  const link = file.gpu.interconnect_GBps_per_direction;
  const taken = GPUS.some((g) => g.id === file.gpu.id);
  return {
    id: taken ? `${file.gpu.id}-imported` : file.gpu.id,
    name: `${file.gpu.name} (imported)`,
    memoryGiB: file.gpu.memory_gib,
    usableGiB: file.gpu.memory_gib * 0.99,
    // Copy bandwidth counts read + write; HBM datasheet figures run ~13% above it on H100.
    hbmGBps: copy ? copy * 1.13 : ref.hbmGBps,
    bf16Tflops: mm ? mm / 0.8 : ref.bf16Tflops,
    fp8Tflops: mm ? (2 * mm) / 0.8 : ref.fp8Tflops,
    sms: file.gpu.sms ?? ref.sms,
    l2MiB: ref.l2MiB,
    interconnect: link ? { label: `measured/declared ${link} GB/s per direction`, perDirectionGBps: link } : { label: 'unknown (assumed PCIe Gen4 x16)', perDirectionGBps: 32 },
    calibration: 'imported',
    source: { url: 'user calibration file', note: 'Imported from tools/profile-gpu output; tables it lacks are estimated.' },
  };
}

/**
 * Validates and fits a user calibration file.
 * @returns the GPU and its fitted coefficients, or errors
 */
export function importCalibration(json: unknown): ImportResult<{ gpu: GpuSpec; coefficients: GpuCoefficients }> {
  const r = validateCalibration(json);
  if (!r.ok) return r;
  const gpu = importedGpuSpec(r.value);
  const fallback = coefficientsFor(gpu); // the H100 fit scaled to this GPU's measured rates
  return { ok: true, value: { gpu, coefficients: { ...fitGpu(r.value, gpu, fallback), gpuId: gpu.id } } };
}

/**
 * Flattens a calibration file into measured points with the shapes the models need.
 * Shared by the fits, the accuracy report and the tests.
 */
import { rawConfigToModel } from '../catalog/parseModelConfig.ts';
import { shardShapes } from '../model/shardShapes.ts';
import { GEMM_ROLES, type CalibrationFile, type GemmRole, type ModelArch, type UsTable } from '../types.ts';

interface PointBase {
  /** Model key in the file, e.g. `llama-3.1-8b`. */
  readonly model: string;
  readonly tp: number;
  /** Table key as in the file, e.g. `512` or `16x2048`. */
  readonly key: string;
  readonly us: number;
}

export interface GemmPoint extends PointBase {
  readonly role: GemmRole;
  readonly m: number;
  readonly n: number;
  readonly k: number;
}

export interface PrefillAttnPoint extends PointBase {
  readonly heads: number;
  readonly headDim: number;
  readonly s: number;
}

export interface DecodeAttnPoint extends PointBase {
  readonly kvHeads: number;
  readonly headDim: number;
  readonly b: number;
  readonly l: number;
}

export interface LayerPoint extends PointBase {
  readonly arch: ModelArch;
  readonly kind: 'decode' | 'prefill' | 'lm_head';
  /** decode: batch; prefill: prompt tokens; lm_head: sequences. */
  readonly n: number;
  /** decode context (0 otherwise). */
  readonly ctx: number;
}

/** All measured points of one calibration file, grouped by table. */
export interface CalibrationPoints {
  readonly gemmBf16: readonly GemmPoint[];
  readonly gemmFp8: readonly GemmPoint[];
  readonly prefillAttn: readonly PrefillAttnPoint[];
  readonly decodeAttn: readonly DecodeAttnPoint[];
  readonly layers: readonly LayerPoint[];
}

const tpOf = (key: string): number => Number(key.replace(/^tp/, ''));
const entries = (t: UsTable | undefined): [string, number][] => Object.entries(t ?? {});

/** GEMM (n, k) of each role for a model shard. */
export function roleShape(arch: ModelArch, tp: number, role: GemmRole): { n: number; k: number } {
  const s = shardShapes(arch, tp);
  switch (role) {
    case 'qkv':
      return { n: s.qkvN, k: s.hidden };
    case 'o':
      return { n: s.hidden, k: s.oK };
    case 'gate_up':
      return { n: 2 * s.intermediatePerGpu, k: s.hidden };
    case 'down':
      return { n: s.hidden, k: s.intermediatePerGpu };
    case 'lm_head':
      return { n: s.lmHeadN, k: s.hidden };
  }
}

function gemmPoints(model: string, arch: ModelArch, tables: Readonly<Record<string, { readonly linear_us: Readonly<Partial<Record<GemmRole, UsTable>>> }>> | undefined): GemmPoint[] {
  const out: GemmPoint[] = [];
  for (const [tpKey, ops] of Object.entries(tables ?? {})) {
    const tp = tpOf(tpKey);
    for (const role of GEMM_ROLES) {
      const { n, k } = roleShape(arch, tp, role);
      for (const [key, us] of entries(ops.linear_us[role])) out.push({ model, tp, key, us, role, m: Number(key), n, k });
    }
  }
  return out;
}

/** Extracts every measured point of a (validated) calibration file. */
export function calibrationPoints(file: CalibrationFile): CalibrationPoints {
  const gemmBf16: GemmPoint[] = [];
  const gemmFp8: GemmPoint[] = [];
  const prefillAttn: PrefillAttnPoint[] = [];
  const decodeAttn: DecodeAttnPoint[] = [];
  const layers: LayerPoint[] = [];
  for (const [model, tables] of Object.entries(file.models)) {
    const arch = rawConfigToModel(model, tables.config);
    gemmBf16.push(...gemmPoints(model, arch, tables.ops));
    gemmFp8.push(...gemmPoints(model, arch, tables.fp8_ops));
    for (const [tpKey, ops] of Object.entries(tables.ops ?? {})) {
      const tp = tpOf(tpKey);
      const s = shardShapes(arch, tp);
      for (const [key, us] of entries(ops.prefill_attn_us)) prefillAttn.push({ model, tp, key, us, heads: s.headsPerGpu, headDim: s.headDim, s: Number(key) });
      for (const [key, us] of entries(ops.decode_attn_us)) {
        const [b, l] = key.split('x').map(Number) as [number, number];
        decodeAttn.push({ model, tp, key, us, kvHeads: s.kvHeadsPerGpu, headDim: s.headDim, b, l });
      }
    }
    for (const [tpKey, t] of Object.entries(tables.layers ?? {})) {
      const tp = tpOf(tpKey);
      for (const [key, us] of entries(t.decode_us_per_layer)) {
        const [b, ctx] = key.split('x').map(Number) as [number, number];
        layers.push({ model, tp, key, us, arch, kind: 'decode', n: b, ctx });
      }
      for (const [key, us] of entries(t.prefill_us_per_layer)) layers.push({ model, tp, key, us, arch, kind: 'prefill', n: Number(key), ctx: 0 });
      for (const [key, us] of entries(t.lm_head_us)) layers.push({ model, tp, key, us, arch, kind: 'lm_head', n: Number(key), ctx: 0 });
    }
  }
  return { gemmBf16, gemmFp8, prefillAttn, decodeAttn, layers };
}

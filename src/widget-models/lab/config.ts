/**
 * What the Lab runs: a serving pattern, its components and a workload. Every field is plain data
 * (it travels to the worker and into the URL); `auto` values mean "what the pattern itself
 * chooses", so a configuration with every component on auto is exactly the pattern as the CLI
 * runs it (`npm run sim -- pattern`).
 */
import { GPU_IDS, MODELS } from '../../sim/cost/index.ts';
import { PATTERNS, WORKLOADS, type PatternId, type WorkloadId } from '../../sim/patterns/index.ts';
import type { DURATIONS_S, TIER_CHOICES } from './choices.ts';
import { EPP_ROUTERS, SERVICE_ROUTERS } from './choices.ts';

export { DURATIONS_S, EPP_ROUTERS, GPUS_RANGE, QPS_RANGE, REGION_CHOICES, RTT_CHOICES_MS, SERVICE_ROUTERS, TIER_CHOICES } from './choices.ts';

export type LabRouter = 'auto' | (typeof EPP_ROUTERS)[number] | (typeof SERVICE_ROUTERS)[number];
export type LabTiers = (typeof TIER_CHOICES)[number];
export type LabDuration = (typeof DURATIONS_S)[number];

export const PATTERN_IDS = PATTERNS.map((p) => p.id) as readonly PatternId[];
export const WORKLOAD_IDS = WORKLOADS.map((w) => w.id) as readonly WorkloadId[];
export const MODEL_IDS = MODELS.map((m) => m.id) as readonly string[];
export const GPU_CHOICES = GPU_IDS as readonly string[];

export interface LabConfig {
  readonly pattern: PatternId;
  readonly workload: WorkloadId;
  /** Mean requests per second. */
  readonly qps: number;
  /** GPU budget: the most GPUs the pattern may hold at once. */
  readonly gpus: number;
  readonly gpu: string;
  readonly model: string;
  readonly durationS: LabDuration;
  readonly seed: number;
  /** replicated: the Service's mode; caching-first, tensor-parallel, hybrid-multi-tier: the EPP profile. */
  readonly router: LabRouter;
  /** disaggregated: prefill replicas (0 = the cost model's split). */
  readonly prefill: number;
  /** tensor-parallel: GPUs per replica (0 = the largest that fits the budget, ≤ 8). */
  readonly tp: number;
  /** hybrid-multi-tier: which tiers sit below GPU memory. */
  readonly tiers: LabTiers;
  /** autoscaling-pool: KPA min-scale (0 = scale to zero). */
  readonly minScale: number;
  /** federation: number of regions. */
  readonly regions: number;
  /** federation: round trip between regions, ms. */
  readonly rttMs: number;
  /** federation: region 0 goes down halfway through the arrivals. */
  readonly failover: boolean;
}

/** The Lab's starting configuration: the CLI's model and GPU, caching-first chat on 8 GPUs. */
export const LAB_DEFAULTS: LabConfig = {
  pattern: 'caching-first',
  workload: 'chat',
  qps: 10,
  gpus: 8,
  gpu: 'h100-sxm-80gb',
  model: 'qwen2.5-32b',
  durationS: 120,
  seed: 1,
  router: 'auto',
  prefill: 0,
  tp: 0,
  tiers: 'cpu-storage',
  minScale: 0,
  regions: 2,
  rttMs: 70,
  failover: false,
};

/** The component knobs, and the patterns each applies to. */
export type LabKnob = 'router' | 'prefill' | 'tp' | 'tiers' | 'minScale' | 'regions' | 'rttMs' | 'failover';

const KNOBS: Readonly<Record<PatternId, readonly LabKnob[]>> = {
  'single-instance': [],
  replicated: ['router'],
  'autoscaling-pool': ['minScale'],
  disaggregated: ['prefill'],
  'tensor-parallel': ['tp', 'router'],
  'hybrid-multi-tier': ['tiers', 'router'],
  federation: ['regions', 'rttMs', 'failover'],
  'caching-first': ['router'],
};

/** The knobs a pattern has (others are ignored when it runs). */
export function knobsOf(pattern: PatternId): readonly LabKnob[] {
  return KNOBS[pattern];
}

/** The router choices a pattern offers (first = what `auto` means). */
export function routerChoices(pattern: PatternId): readonly Exclude<LabRouter, 'auto'>[] {
  if (pattern === 'replicated') return SERVICE_ROUTERS;
  return knobsOf(pattern).includes('router') ? EPP_ROUTERS : [];
}

/** The configuration with the knobs its pattern does not have reset to their defaults (a canonical form for comparing and saving). */
export function canonical(c: LabConfig): LabConfig {
  const knobs = new Set(knobsOf(c.pattern));
  const out: Record<string, unknown> = { ...c };
  for (const k of ['router', 'prefill', 'tp', 'tiers', 'minScale', 'regions', 'rttMs', 'failover'] as const) if (!knobs.has(k)) out[k] = LAB_DEFAULTS[k];
  return out as unknown as LabConfig;
}

/**
 * The pattern chooser: a learner's answers to the six questions → the matrix rows that apply →
 * recommended patterns with their reasons, the patterns to avoid, and a workload to try each on
 * in the Lab. Pure: the UI in src/ui/patterns/chooser/ only renders this.
 */
import type { PatternId, WorkloadId } from '../../sim/patterns/index.ts';
import { fitOf, type Fit } from './fit.ts';
import { type ChooserInputs, MATRIX, type MatrixRow } from './matrix.ts';

export interface Recommendation {
  readonly pattern: PatternId;
  /** The applying rows' reasons, in matrix order. */
  readonly reasons: readonly string[];
  readonly rows: readonly string[];
  /** The workload the Lab opens it with. */
  readonly workload: WorkloadId;
  /** `/lab?pattern=…&workload=…` */
  readonly labHref: string;
}

export interface Avoidance {
  readonly pattern: PatternId;
  readonly reasons: readonly string[];
  /** Rows that suggested it but lost to the objective or another constraint. */
  readonly overruled: readonly string[];
}

export interface ChooserResult {
  readonly fit: Fit;
  readonly applied: readonly MatrixRow[];
  readonly recommend: readonly Recommendation[];
  readonly avoid: readonly Avoidance[];
}

/** The order the selection guide adds patterns in: the base replica set first, specialised patterns last. */
const ORDER: readonly PatternId[] = ['single-instance', 'replicated', 'tensor-parallel', 'caching-first', 'autoscaling-pool', 'disaggregated', 'hybrid-multi-tier', 'federation'];

export const DEFAULT_INPUTS: ChooserInputs = {
  model: 'qwen2.5-32b',
  gpu: 'h100-sxm-80gb',
  traffic: 'daily',
  latency: 'tight-ttft',
  prompts: 'short',
  sharing: 'shared',
  budget: 'floor',
  regions: 'one',
};

/** The Lab workload that shows a pattern on traffic like the learner's. */
export function workloadFor(pattern: PatternId, i: ChooserInputs): WorkloadId {
  if (pattern === 'hybrid-multi-tier') return 'rag';
  if (pattern === 'disaggregated') return 'summarize';
  if (pattern === 'autoscaling-pool') return i.traffic === 'bursty' ? 'bursty' : 'diurnal';
  if (i.sharing === 'beyond-hbm') return 'rag';
  if (i.prompts === 'long' && i.sharing === 'none') return 'summarize';
  if (i.traffic === 'daily') return 'diurnal';
  if (i.traffic === 'bursty') return 'bursty';
  return 'chat';
}

/** The Lab link for a pattern and workload (the Lab reads exactly these two params). */
export const labHref = (pattern: PatternId, workload: WorkloadId): string => `/lab?pattern=${pattern}&workload=${workload}`;

/**
 * Applies the matrix to the answers. A pattern that one row recommends and another row argues
 * against is avoided, with the overruled row named: where rows disagree, the objective wins.
 * @example choose({ ...DEFAULT_INPUTS, sharing: 'beyond-hbm' }).recommend.map((r) => r.pattern)
 */
export function choose(i: ChooserInputs): ChooserResult {
  const fit = fitOf(i.model, i.gpu);
  const applied = MATRIX.filter((row) => row.applies(i, fit));
  const pro = new Map<PatternId, { reasons: string[]; rows: string[] }>();
  const con = new Map<PatternId, string[]>();
  for (const row of applied) {
    const reason = row.reason(i, fit);
    for (const p of row.patterns) {
      const e = pro.get(p) ?? { reasons: [], rows: [] };
      if (!e.reasons.includes(reason)) e.reasons.push(reason);
      e.rows.push(row.id);
      pro.set(p, e);
    }
    for (const p of row.avoid) con.set(p, [...(con.get(p) ?? []), reason]);
  }
  const recommend: Recommendation[] = [];
  const avoid: Avoidance[] = [];
  for (const p of ORDER) {
    const yes = pro.get(p);
    const no = con.get(p);
    if (no) avoid.push({ pattern: p, reasons: no, overruled: yes?.rows ?? [] });
    else if (yes) {
      const workload = workloadFor(p, i);
      recommend.push({ pattern: p, reasons: yes.reasons, rows: yes.rows, workload, labHref: labHref(p, workload) });
    }
  }
  return { fit, applied, recommend, avoid };
}

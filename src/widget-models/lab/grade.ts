/**
 * Grading a Lab run against a challenge's goal: every requirement must hold, then the score (one
 * metric) is compared with par, the score of the challenge's reference configuration run on the
 * same model.
 */
import type { PatternReport } from '../../sim/patterns/index.ts';
import { formatThreshold, METRICS, metricOf, type LabMetric } from './metrics.ts';

/** One condition a run must meet. */
export interface Requirement {
  readonly metric: LabMetric;
  readonly op: '<=' | '>=';
  readonly value: number;
}

/** What a challenge asks: all requirements, and the metric that ranks the runs that meet them. */
export interface Goal {
  readonly requirements: readonly Requirement[];
  readonly score: LabMetric;
}

export interface Check {
  readonly requirement: Requirement;
  readonly actual: number;
  readonly ok: boolean;
}

export interface Grade {
  readonly passed: boolean;
  readonly checks: readonly Check[];
  readonly score: number;
}

/** Whether a value meets a requirement. */
export function meets(req: Requirement, actual: number): boolean {
  return req.op === '<=' ? actual <= req.value : actual >= req.value;
}

/** Grades a report. */
export function gradeReport(goal: Goal, report: PatternReport): Grade {
  const checks = goal.requirements.map((requirement) => {
    const actual = metricOf(report, requirement.metric);
    return { requirement, actual, ok: meets(requirement, actual) };
  });
  return { passed: checks.every((c) => c.ok), checks, score: metricOf(report, goal.score) };
}

/** A requirement in words: "TTFT p90 ≤ 1 s". */
export function describeRequirement(r: Requirement): string {
  return `${METRICS[r.metric].label} ${r.op === '<=' ? '≤' : '≥'} ${formatThreshold(r.metric, r.value)}`;
}

/** −1 when `a` is a better score than `b`, 1 when worse, 0 when equal. */
export function compareScores(metric: LabMetric, a: number, b: number): -1 | 0 | 1 {
  if (a === b) return 0;
  const lowerIsBetter = METRICS[metric].better === 'lower';
  return (a < b) === lowerIsBetter ? -1 : 1;
}

/** How a passing score stands against par, in words. */
export function versusPar(metric: LabMetric, score: number, par: number): 'better than par' | 'at par' | 'short of par' {
  const c = compareScores(metric, score, par);
  return c < 0 ? 'better than par' : c === 0 ? 'at par' : 'short of par';
}

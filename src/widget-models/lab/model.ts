/**
 * The Lab's model: runs the learner's configuration on the pattern model and, in a challenge,
 * grades it and runs the challenge's reference configuration for par. One run per `advance`, so
 * the learner's result is on screen while par computes.
 */
import type { PatternReport } from '../../sim/patterns/index.ts';
import type { ModelJob, WidgetModel } from '../model.ts';
import type { LabConfig } from './config.ts';
import { gradeReport, type Goal, type Grade } from './grade.ts';
import { metricOf } from './metrics.ts';
import { runLab } from './run.ts';

export interface LabSettings {
  readonly config: LabConfig;
  /** The challenge being attempted: its goal and the reference configuration that sets par. */
  readonly challenge: { readonly goal: Goal; readonly par: LabConfig } | null;
}

export interface LabResult {
  readonly report: PatternReport | null;
  /** Why the configuration cannot run (too few GPUs for the model, …), or null. */
  readonly error: string | null;
  readonly grade: Grade | null;
  /** Par: the reference configuration's score (null until computed, or outside a challenge). */
  readonly par: number | null;
  readonly parError: string | null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function startLab(s: LabSettings): ModelJob<LabResult> {
  const sim: { -readonly [K in keyof LabResult]: LabResult[K] } = { report: null, error: null, grade: null, par: null, parError: null };
  let step = 0;
  return {
    sim,
    advance() {
      // A pattern run is not divisible; each takes well under a second in the worker.
      if (step === 0) {
        step = 1;
        try {
          sim.report = runLab(s.config);
          if (s.challenge) sim.grade = gradeReport(s.challenge.goal, sim.report);
        } catch (e) {
          sim.error = message(e);
        }
        return s.challenge === null;
      }
      if (step === 1 && s.challenge) {
        step = 2;
        try {
          sim.par = metricOf(runLab(s.challenge.par), s.challenge.goal.score);
        } catch (e) {
          sim.parError = message(e);
        }
      }
      return true;
    },
  };
}

/** The Lab's widget model. */
export const labModel: WidgetModel<LabSettings, LabResult> = { id: 'lab', start: startLab };

import type { LessonId } from '../course/plan.ts';

/**
 * The deployment module's steps as data: the lessons show them, the plan bundle puts them in
 * order, and a test checks every command against the pinned versions.
 */

/** Which install path a step belongs to; a step without `paths` is needed on every path. */
export type InstallPath = 'kserve-standard' | 'kserve-knative' | 'llm-d';

export interface DeployCommand {
  /** The exact shell text to run (may span lines). Learner choices appear as shell variables ($NAMESPACE, $MODEL_NAME), never as fake placeholders. */
  readonly run: string;
  /** The release it was checked against, shown beside the copy button, e.g. 'KServe v0.20.0'. */
  readonly checkedAgainst: string;
  /** Where the command comes from (upstream install docs or release page). */
  readonly source: string;
  /** One line on what it does or what to expect, when the command alone does not say. */
  readonly note?: string;
}

export interface DeployStep {
  /** Stable id: lessons embed `<DeployStep id="…" />`, progress is saved under it. */
  readonly id: string;
  readonly lesson: LessonId;
  readonly title: string;
  /** Why this step exists, in a sentence or two. */
  readonly why: string;
  readonly commands: readonly DeployCommand[];
  readonly paths?: readonly InstallPath[];
  /** How to check it worked (a command and what its output should show), when there is one. */
  readonly verify?: DeployCommand;
}

/**
 * The part of every widget's store that the kit owns: playback, the throttled panel frame, and
 * the bookkeeping of the simulation being computed. A widget's state extends it.
 */
import type { WithPanelFrame } from './panelFrame.ts';
import { initialPlayback } from './playback.ts';

export interface SimulationState extends WithPanelFrame {
  /** Bumped whenever the simulation on screen gets new frames. */
  readonly simVersion: number;
  readonly computing: boolean;
  /** A frame asked for (by the URL, or the moment kept on screen across a restart) that is not computed yet. */
  readonly targetFrame: number | null;
}

/** The kit's part of a fresh store: nothing computed yet, `frame` and `speed` from the URL. */
export function initialSimulationState(frame: number, speed: number): SimulationState {
  return { simVersion: 0, computing: true, targetFrame: frame > 0 ? frame : null, playback: initialPlayback(1, 0, speed), panelFrame: 0 };
}

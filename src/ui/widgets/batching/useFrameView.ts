import type { Simulation } from '../../../widget-models/batching/simulate.ts';
import { Batch } from './store.ts';

/** What text panels render from: the simulation and the throttled panel frame. */
export interface FrameView {
  readonly sim: Simulation;
  readonly frame: number;
  /** Changes when the simulation gains steps (use as a memo key). */
  readonly version: number;
}

/** The frame view for panels (the canvases draw every frame on their own; see kit/panelFrame.ts). */
export function useFrameView(): FrameView {
  const frame = Batch.useWidget((s) => s.panelFrame);
  const version = Batch.useWidget((s) => s.simVersion);
  const sim = Batch.useWidget((s) => s.result);
  return { sim, frame, version };
}

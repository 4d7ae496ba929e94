import type { Simulation } from '../../../widget-models/kv-paging/types.ts';
import { Kv } from './store.ts';

/** What text panels render from: the simulation and the throttled panel frame. */
export interface FrameView {
  readonly sim: Simulation;
  readonly frame: number;
  readonly sel: string | null;
  /** Changes when the simulation gains frames (use as a memo key). */
  readonly version: number;
}

/** The frame view for panels (the canvas draws every frame on its own; see kit/panelFrame.ts). */
export function useFrameView(): FrameView {
  const frame = Kv.useWidget((s) => s.panelFrame);
  const version = Kv.useWidget((s) => s.simVersion);
  const sim = Kv.useWidget((s) => s.result);
  const sel = Kv.useWidget((s) => s.settings.selected);
  return { sim, frame, sel, version };
}

// tests/unit/ui/widgets/kit/example/model.ts
import type { WidgetModel } from '../../../../../../src/widget-models/model.ts';

/** What the reader sets: requests arriving per step, and how many the server decodes at once. */
export interface QueueSettings {
  readonly arrivals: number;
  readonly slots: number;
}

/** One frame per step. */
export interface QueueFrame {
  readonly waiting: number;
  readonly running: number;
}

export interface QueueResult {
  readonly frames: QueueFrame[];
}

export const STEPS = 40;
/** Every request decodes for this many steps. */
export const DECODE_STEPS = 4;

export const queueModel: WidgetModel<QueueSettings, QueueResult> = {
  id: 'example-queue',
  start({ arrivals, slots }) {
    const sim: QueueResult = { frames: [] };
    let waiting = 0;
    let running: number[] = []; // steps left, per running request
    return {
      sim,
      advance() {
        // Cheap enough to finish in one call; a heavier model records frames for ~budgetMs and returns false.
        while (sim.frames.length < STEPS) {
          waiting += arrivals;
          running = running.map((left) => left - 1).filter((left) => left > 0);
          while (running.length < slots && waiting > 0) {
            running.push(DECODE_STEPS);
            waiting -= 1;
          }
          sim.frames.push({ waiting, running: running.length });
        }
        return true;
      },
    };
  },
};

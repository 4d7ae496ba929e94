import type { WidgetModel } from '../model.ts';
import { BlockFrames } from './blockFrames.ts';
import type { KvSettings } from './settings.ts';
import { startSimulation } from './simulate.ts';
import { TableLog } from './tableLog.ts';
import type { Simulation } from './types.ts';

/** The KV paging widget's model: the paged and the contiguous allocator on one workload. */
export const kvPagingModel: WidgetModel<KvSettings, Simulation> = {
  id: 'kv-paging',
  start: (s) => startSimulation(s),
  revive(sim) {
    // The block and table logs are classes (keyframes + diffs); a clone keeps their fields only.
    if (sim.paged) {
      Object.setPrototypeOf(sim.paged.blocks, BlockFrames.prototype);
      Object.setPrototypeOf(sim.paged.tables, TableLog.prototype);
    }
    return sim;
  },
};

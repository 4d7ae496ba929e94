import type { WidgetModel } from '../model.ts';
import type { BatchSettings } from './settings.ts';
import { startSimulation, type Simulation } from './simulate.ts';

/** The batching widget's model: continuous and static batching of the same requests. */
export const batchingModel: WidgetModel<BatchSettings, Simulation> = {
  id: 'batching',
  start: (s) => startSimulation(s),
};

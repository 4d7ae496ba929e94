/**
 * The one place that picks the engine's default cost model. Swap this import for the
 * calibrated model (src/sim/cost/) when it lands; nothing else changes.
 */
import type { CostModel } from '../costModel.ts';
import { simpleCostModel } from './simpleCostModel.ts';

export const defaultCostModel: CostModel = simpleCostModel;

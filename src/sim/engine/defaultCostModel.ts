/**
 * The one place that picks the engine's default cost model: the calibrated model for
 * Llama-3.1-8B on one H100 SXM in bf16 (fitted to measured timings; see docs/cost-model.md).
 * The simple roofline in simpleCostModel.ts remains for tests that want closed-form times.
 */
import type { CostModel } from '../costModel.ts';
import { createCalibratedCostModel } from '../cost/calibratedCostModel.ts';

export const defaultCostModel: CostModel = createCalibratedCostModel();

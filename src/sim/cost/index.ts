/**
 * The hardware cost model: catalogs, the vLLM-style memory planner, the calibrated
 * step-time model and the calibration importer. See docs/cost-model.md.
 */
export * from './types.ts';
export { MODELS, findModel } from './catalog/models.ts';
export { GPUS, GPU_IDS, findGpu } from './catalog/gpus.ts';
export { parseModelConfig } from './catalog/parseModelConfig.ts';
export { planMemory, kvBytesPerToken, kvBytesPerTokenPerGpu, DEFAULT_BLOCK_SIZE, DEFAULT_GPU_MEMORY_UTILIZATION, GIB } from './memoryPlanner.ts';
export { paramCount, activeParamCount, weightBytesPerGpu } from './model/weights.ts';
export { tpProblem } from './model/shardShapes.ts';
export { allReduceUs } from './model/allReduce.ts';
export { stepBreakdown, type Deployment } from './stepTime.ts';
export { coefficientsFor } from './coefficients.ts';
export { createCalibratedCostModel, type CalibratedCostModel, type CalibratedCostModelOptions } from './calibratedCostModel.ts';
export { importCalibration, validateCalibration } from './importCalibration.ts';
export { hardwareEstimate, DEFAULT_HARDWARE_SELECTION, TP_CHOICES, type HardwareEstimate } from './hardwareEstimate.ts';
export * from './quantization/index.ts';
export * from './parallelism/index.ts';

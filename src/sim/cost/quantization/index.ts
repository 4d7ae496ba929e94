/**
 * Weight and KV-cache quantisation on top of the calibrated cost model: the schemes vLLM 0.33
 * runs, their weight bytes and memory plans, and step times (fitted where measured, estimated
 * elsewhere, each labelled). See stepTime.ts for the estimation assumptions.
 */
export { QUANT_SCHEMES, QUANT_SCHEME_IDS, fp4MatrixBytes, type QuantScheme, type QuantSchemeId, type SchemeKernel, type GpuArch } from './schemes.ts';
export { B200, FP4_TFLOPS, GPU_ARCH, INT8_TOPS, QUANT_GPU_IDS, quantGpu } from './gpus.ts';
export { MEASURED_LLAMA8B_LAYERS, MEASURED_MODEL_ID, measuredLayerUs } from './measuredLayers.ts';
export { plannerDtype, schemeBitsPerWeight, schemeMemory, schemeWeightBytesPerGpu, type SchemeMemory } from './memory.ts';
export { schemeProblem, schemeStep, type SchemeStep } from './stepTime.ts';
export { quantEstimate, type MeasuredCheck, type QuantEstimate, type QuantSelection, type QuantStep } from './estimate.ts';

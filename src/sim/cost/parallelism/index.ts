/**
 * Parallelism on top of the calibrated cost model: how tensor parallelism splits a layer, what
 * its all-reduces cost over NVLink, PCIe or InfiniBand, a step split into compute, memory and
 * communication, and pipeline-, data- and expert-parallel layouts at the same GPU count.
 */
export { LINK_IDS, linkOf, PCIE_GEN5_X16, INFINIBAND_NDR, type LinkId, type LinkSpec } from './links.ts';
export { ringAllReduceUs, ringGatherUs, allToAllUs, sendUs } from './collectives.ts';
export { tensorSplit, type TensorSplit, type RankSlice } from './tensorSplit.ts';
export { stepSplit, type StepSplit } from './stepSplit.ts';
export { pipelineDecode, type PipelineDecode } from './pipeline.ts';
export { expertParallelDecode, type ExpertParallelDecode } from './expertParallel.ts';
export { pipelineStageMemory, expertParallelMemory, type LayoutMemory } from './memory.ts';
export { compareStrategies, defaultMaxNumSeqs, winners, STRATEGY_IDS, type StrategyId, type StrategyResult, type CompareInput } from './compare.ts';
export { decodeShape, spread } from './decodeShape.ts';
export { QWEN3_30B_A3B, PARALLELISM_MODELS } from './extraModels.ts';

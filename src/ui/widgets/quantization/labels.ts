/** Display names shared by the chart, the readout and the controls. */
import { B200, QUANT_SCHEMES, type QuantSchemeId } from '../../../sim/cost/index.ts';

export const GPU_LABELS: Readonly<Record<string, string>> = {
  'h100-sxm-80gb': 'H100 SXM 80GB (measured)',
  'h200-141gb': 'H200 141GB (measured)',
  'a100-sxm-80gb': 'A100 SXM 80GB (spec sheet)',
  [B200.id]: 'B200 180GB (spec sheet)',
};

export const SCHEME_SHORT: Readonly<Record<QuantSchemeId, string>> = {
  bf16: 'BF16',
  fp8: 'FP8 W8A8',
  int8: 'INT8 W8A8',
  'int4-awq': 'INT4 AWQ',
  'int4-gptq': 'INT4 GPTQ',
  nvfp4: 'NVFP4',
  mxfp4: 'MXFP4',
};

/** What selects the scheme in vLLM, shown under the format menu. */
export const schemeField = (id: QuantSchemeId): string => QUANT_SCHEMES[id].howToLoad;

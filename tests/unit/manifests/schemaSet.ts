import { VALIDATOR_KEYS, loadValidators } from '../../../src/manifests/index.ts';

/** Every generated validator, loaded once per test file. */
export const schemas = await loadValidators(VALIDATOR_KEYS);

/** An InferenceService with the given predictor (YAML, indented under `predictor:`) and annotations. */
export function isvc(predictor: string, annotations: Record<string, string> = {}, name = 'my-llm'): string {
  const ann = Object.entries(annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n');
  return `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: ${name}
${ann ? `  annotations:\n${ann}\n` : ''}spec:
  predictor:
${predictor.replace(/^/gm, '    ')}
`;
}

export const HF_MODEL = `model:
  modelFormat:
    name: huggingface
  storageUri: hf://Qwen/Qwen2.5-0.5B-Instruct`;

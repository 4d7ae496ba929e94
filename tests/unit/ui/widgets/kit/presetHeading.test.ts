import { describe, expect, it } from 'vitest';
import { presetHeading } from '../../../../../src/ui/widgets/kit/presetHeading.ts';

describe('presetHeading', () => {
  it('lower-cases an ordinary first word only, leaving the rest of the title as written', () => {
    expect(presetHeading('Autoscaling', 'A spike makes the KPA panic')).toBe('Autoscaling: a spike makes the KPA panic');
    expect(presetHeading('Autoscaling', 'The same scale from zero with a LocalModelCache')).toBe('Autoscaling: the same scale from zero with a LocalModelCache');
    expect(presetHeading('Load test', 'Sandbox')).toBe('Load test: sandbox');
    expect(presetHeading('Quantization', 'An fp8 KV cache doubles the blocks')).toBe('Quantization: an fp8 KV cache doubles the blocks');
  });

  it('keeps acronyms, model names and numbers as they are spelt', () => {
    expect(presetHeading('Quantization', 'FP8 weights on an H100')).toBe('Quantization: FP8 weights on an H100');
    expect(presetHeading('Quantization', 'NVFP4 on a B200')).toBe('Quantization: NVFP4 on a B200');
    expect(presetHeading('Tensor parallelism', 'Llama-3.1-8B split over two GPUs')).toBe('Tensor parallelism: Llama-3.1-8B split over two GPUs');
    expect(presetHeading('Tensor parallelism', 'Mixtral on eight GPUs')).toBe('Tensor parallelism: Mixtral on eight GPUs');
    expect(presetHeading('Speculative decoding', '256 requests at once')).toBe('Speculative decoding: 256 requests at once');
    expect(presetHeading('Speculative decoding', 'N-gram lookup')).toBe('Speculative decoding: N-gram lookup');
  });
});

/**
 * Speculative decoding (issue 13): tokens per verification step under i.i.d. acceptance, and
 * end-to-end output tokens/s with vs without an EAGLE-3 drafter for Llama-3.1-8B on an H100
 * (the default cost model) at batch size 1 and 256. Acceptance is this model's assumption
 * for EAGLE-3 (`DEFAULT_ACCEPTANCE.eagle3`), not a measurement.
 */
import { Engine } from '../../src/sim/engine/engine.ts';
import { DEFAULT_ACCEPTANCE, expectedTokensPerStep } from '../../src/sim/engine/spec/specConfig.ts';
import type { RequestSpec, SpeculativeConfigInput } from '../../src/sim/engine/types.ts';
import type { BenchResult } from './types.ts';

const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;

/** `n` requests at t = 0, each a unique 512-token prompt and 256 output tokens. */
function burst(n: number): RequestSpec[] {
  return Array.from({ length: n }, (_, i) => ({ id: `r${i}`, arrivalUs: 0 as RequestSpec['arrivalUs'], prompt: [{ seed: 9000 + i, tokens: 512 }], outputTokens: 256 }));
}

function outputThroughput(batch: number, numRequests: number, speculative?: SpeculativeConfigInput): number {
  const e = new Engine({ maxModelLen: 4096, maxNumSeqs: batch, ...(speculative ? { speculative } : {}) });
  e.addRequests(burst(numRequests));
  e.run();
  const m = e.metrics();
  if (m.num_finished !== numRequests) throw new Error(`finished ${m.num_finished} of ${numRequests}`);
  return m.output_throughput;
}

export async function run(): Promise<BenchResult[]> {
  // Tokens per step: many long decodes so the mean settles; k = 4, α = 0.8.
  const e = new Engine({ maxModelLen: 8192, speculative: { method: 'eagle', numSpeculativeTokens: 4, acceptanceRate: 0.8 } });
  e.addRequests(Array.from({ length: 64 }, (_, i) => ({ id: `a${i}`, arrivalUs: 0 as RequestSpec['arrivalUs'], prompt: [{ seed: 100 + i, tokens: 64 }], outputTokens: 2000 })));
  e.run();
  const tokensPerStep = e.metrics().spec_decode?.mean_acceptance_length ?? 0;

  const eagle: SpeculativeConfigInput = { method: 'eagle3', numSpeculativeTokens: 3, acceptanceRate: DEFAULT_ACCEPTANCE.eagle3 };
  const bs1 = outputThroughput(1, 8, eagle) / outputThroughput(1, 8);
  const bs256 = outputThroughput(256, 512, eagle) / outputThroughput(256, 512);

  return [
    { key: 'spec_tokens_per_step_a08_k4', value: round(tokensPerStep), unit: 'tokens', target: `≈ ${round(expectedTokensPerStep(0.8, 4))} (Leviathan et al. Eq. 1)` },
    { key: 'spec_speedup_bs1', value: round(bs1, 2), unit: '×', target: '> 1 (memory-bound decode: drafts ride free)' },
    { key: 'spec_speedup_bs256', value: round(bs256, 2), unit: '×', target: '< bs1: compute-bound batches gain little or lose' },
  ];
}

/** `npm run sim -- <scenario.json>` with the speculative and lora sections: runs, reports vLLM's
 * counters, and refuses impossible settings with the field named. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../tools/cli/scenario.ts';

const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
let n = 0;
function file(scenario: unknown): string {
  const p = join(dir, `s${n++}.json`);
  writeFileSync(p, JSON.stringify(scenario));
  return p;
}

async function run(scenario: unknown): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((out += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true));
  const code = await main([file(scenario)]);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

const workload = { numRequests: 8, arrival: { process: 'burst' }, promptTokens: { dist: 'fixed', value: 100 }, outputTokens: { dist: 'fixed', value: 64 } };

describe('sim CLI: speculative decoding and LoRA', () => {
  it('prints spec_decode counters named as vLLM names them', async () => {
    const r = await run({ seed: 1, workload, engine: { maxModelLen: 2048, speculative: { method: 'eagle', numSpeculativeTokens: 4, acceptanceRate: 1 } } });
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out).metrics;
    // All drafts accepted: every verification yields 5 tokens, after the prefill's first.
    expect(m.generation_tokens).toBe(8 * 64);
    expect(m.spec_decode.mean_acceptance_length).toBe(5);
    expect(m.spec_decode.num_accepted_tokens).toBe(m.spec_decode.num_draft_tokens);
    expect(Object.keys(m.spec_decode)).toEqual(expect.arrayContaining(['num_drafts', 'num_draft_tokens', 'num_accepted_tokens', 'num_accepted_tokens_per_pos']));
  });

  it('prints lora counters and echoes the resolved lora config', async () => {
    const r = await run({ seed: 1, workload: { ...workload, adapters: ['a', 'b', 'c'] }, engine: { maxModelLen: 2048, lora: { maxLoras: 1, maxCpuLoras: 2 } } });
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out);
    expect(res.scenario.engine.lora).toMatchObject({ maxLoras: 1, maxCpuLoras: 2, maxLoraRank: 16 });
    expect(res.metrics.num_finished).toBe(8);
    expect(res.metrics.lora.num_adapter_loads).toBeGreaterThanOrEqual(3);
  });

  it.each([
    [{ speculative: { method: 'eagle', numSpeculativeTokens: 0 } }, 'engine.speculative.numSpeculativeTokens: must be ≥ 1'],
    [{ lora: { maxLoras: 4, maxCpuLoras: 2 } }, 'engine.lora.maxCpuLoras: must be ≥ maxLoras (4), got 2'],
    [{ speculative: { method: 'draft_model', numSpeculativeTokens: 3, draftParamsB: 70, targetParamsB: 8 } }, 'engine.speculative.draftParamsB: the drafter (70B) must be smaller than the target model (8B)'],
  ])('refuses %o with the field named', async (engine, msg) => {
    const r = await run({ seed: 1, workload, engine });
    expect(r.code).toBe(1);
    expect(r.err).toContain(msg);
    expect(r.out).toBe('');
  });
});

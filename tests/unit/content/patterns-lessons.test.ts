/**
 * Keeps the architecture-patterns lessons honest: every figure they attribute to "our model" is
 * produced here by running the pattern functions with the same arguments (Qwen2.5-32B on H100,
 * 8 GPUs, seed 1, 120 s unless a lesson says otherwise), and the lesson text must contain it.
 * Knowledge-check items graded by the model are compared with the same runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTerm } from '../../../src/content/glossary/index.ts';
import { antiPattern, buildReport, coldStartS, concurrencyTarget, FEDERATION_DEFAULTS, generatePatternWorkload, minimalTp, runFederation, runPattern, type PatternId, type PatternReport, type PatternRunInput } from '../../../src/sim/patterns/index.ts';
import type { KnowledgeCheckSet, NumericItem } from '../../../src/quiz/schema.ts';
import KC1 from '../../../src/content/quiz/lessons/patterns--single-and-replicated.ts';
import KC2 from '../../../src/content/quiz/lessons/patterns--splitting-the-work.ts';
import KC3 from '../../../src/content/quiz/lessons/patterns--federation-and-caching.ts';
import KC4 from '../../../src/content/quiz/lessons/patterns--choosing-an-architecture.ts';

const DIR = new URL('../../../src/lessons/05-patterns/', import.meta.url);
const lesson = (file: string) => readFileSync(new URL(file, DIR), 'utf8');
const BASE: PatternRunInput = { workload: 'chat', qps: 10, gpus: 8, seed: 1, modelId: 'qwen2.5-32b', gpuId: 'h100-sxm-80gb', durationS: 120 };
const run = (id: PatternId, o: Partial<PatternRunInput> = {}): PatternReport => runPattern(id, { ...BASE, ...o });

/** Fixed decimals, as the lessons print them. */
const f = (x: number, digits: number) => x.toFixed(digits);
/** Thousands separated by commas. */
const n = (x: number) => Math.round(x).toLocaleString('en-US');

function numericAnswer(set: KnowledgeCheckSet, id: string): number {
  const item = set.items.find((i) => i.id === id) as NumericItem | undefined;
  if (!item || item.kind !== 'numeric') throw new Error(`no numeric item ${id}`);
  return item.answer;
}

function expectAll(text: string, figures: readonly string[]) {
  expect(figures.filter((x) => !text.includes(x))).toEqual([]);
}

describe('patterns lesson 1: single instance, replicas, autoscaling pool', () => {
  const text = lesson('01-single-and-replicated.mdx');

  it('sizes a replica: TP 2 with 313,344 KV tokens; cold starts of 79.8 s and 117.6 s', () => {
    expect(minimalTp('qwen2.5-32b', 'h100-sxm-80gb')).toBe(2);
    const r = run('replicated');
    expect(r.tp).toBe(2);
    expect(r.replicas).toBe(4);
    expectAll(text, [`**${n(Number(r.extras['kv_cache_tokens_per_replica']))}**`, `**${f(coldStartS('qwen2.5-32b'), 1)} s**`, `**${f(coldStartS('llama-3.1-70b'), 1)} s**`]);
  });

  it('one replica: fine at 4 req/s, falls over at 10 req/s', () => {
    const light = run('single-instance', { qps: 4 });
    const heavy = run('single-instance');
    expect(light.slo_attainment).toBe(1);
    expect(heavy.slo_attainment).toBeLessThan(0.5);
    expectAll(text, [`**${f(light.ttft_p90_s, 3)} s**`, `TTFT p90 **${f(heavy.ttft_p90_s, 2)} s**`, `ITL p90 **${f(heavy.itl_p90_ms, 1)} ms**`, `**${f(heavy.slo_attainment, 3)}** of the requests`]);
    expect(numericAnswer(KC1, 'kc:patterns/single-and-replicated#2')).toBeCloseTo(heavy.slo_attainment * 100, 1);
  });

  it('four round-robin replicas hold chat at 10 req/s, with a lower hit rate than prefix-aware routing', () => {
    const rr = run('replicated');
    const pa = run('caching-first');
    expect(rr.slo_attainment).toBe(1);
    expectAll(text, [`TTFT p90 **${f(rr.ttft_p90_s, 3)} s**`, `ITL p90 **${f(rr.itl_p90_ms, 1)} ms**`, `**${f(rr.prefix_hit_rate, 3)}** of prompt tokens`, `the **${f(pa.prefix_hit_rate, 3)}**`]);
  });

  it('the diurnal day: the KPA pool spends fewer GPU-hours and loses some attainment to cold starts', () => {
    const fixed = run('replicated', { workload: 'diurnal', durationS: 600 });
    const auto = run('autoscaling-pool', { workload: 'diurnal', durationS: 600 });
    const wl = generatePatternWorkload('diurnal', 10, 600, 1);
    expect(concurrencyTarget({ ...BASE, workload: 'diurnal', durationS: 600 }, wl, 2)).toBe(auto.extras['kpa_target_concurrency']);
    expect(fixed.slo_attainment).toBe(1);
    expectAll(text, [
      `spends **${f(fixed.gpu_hours, 3)}** GPU-hours`,
      `target of **${auto.extras['kpa_target_concurrency']}**`,
      `averages **${f(auto.mean_replicas, 1)}** replicas`,
      `spends **${f(auto.gpu_hours, 3)}** GPU-hours`,
      `**${auto.extras['cold_starts']}** cold starts`,
      `fell to **${f(auto.slo_attainment, 3)}**`,
      `| ${f(auto.gpu_hours, 3)} GPU-hours, attainment ${f(auto.slo_attainment, 3)} |`,
    ]);
    const answer = numericAnswer(KC1, 'kc:patterns/single-and-replicated#5');
    expect(answer).toBeCloseTo(auto.mean_replicas, 1);
  }, 30_000);
});

describe('patterns lesson 2: P/D, tensor parallelism, KV tiers', () => {
  const text = lesson('02-splitting-the-work.mdx');

  it('P/D on summarize at 8 req/s: ITL falls, TTFT rises, attainment rises', () => {
    const o = { workload: 'summarize' as const, qps: 8 };
    const rr = run('replicated', o);
    const pa = run('caching-first', o);
    const pd = run('disaggregated', o);
    expect(pd.itl_p90_ms).toBeLessThan(rr.itl_p90_ms / 3);
    expect(pd.ttft_p90_s).toBeGreaterThan(rr.ttft_p90_s);
    expect(pd.slo_attainment).toBeGreaterThan(pa.slo_attainment);
    expectAll(text, [
      `**${f(Number(pd.extras['prefill_share_estimate']), 3)}**`,
      `**${pd.extras['prefill_replicas']}** prefill and **${pd.extras['decode_replicas']}** decode`,
      `| ITL p90 | ${f(rr.itl_p90_ms, 1)} ms | ${f(pa.itl_p90_ms, 1)} ms | **${f(pd.itl_p90_ms, 1)} ms** |`,
      `| TTFT p90 | ${f(rr.ttft_p90_s, 2)} s | ${f(pa.ttft_p90_s, 2)} s | **${f(pd.ttft_p90_s, 2)} s** |`,
      `| SLO attainment | ${f(rr.slo_attainment, 3)} | ${f(pa.slo_attainment, 3)} | **${f(pd.slo_attainment, 3)}** |`,
    ]);
    expect(numericAnswer(KC2, 'kc:patterns/splitting-the-work#2')).toBe(Number(f(pd.itl_p90_ms, 1)));
  });

  it('TP: 2 GPUs for Qwen2.5-32B, 4 for Llama-3.1-70B; one TP 8 replica is fast on chat', () => {
    expect(minimalTp('qwen2.5-32b', 'h100-sxm-80gb')).toBe(2);
    expect(minimalTp('llama-3.1-70b', 'h100-sxm-80gb')).toBe(4);
    expect(numericAnswer(KC2, 'kc:patterns/splitting-the-work#4')).toBe(minimalTp('llama-3.1-70b', 'h100-sxm-80gb'));
    const big = run('tensor-parallel');
    const four = run('caching-first');
    expect(big.tp).toBe(8);
    expect(big.slo_attainment).toBe(1);
    expect(big.ttft_p90_s).toBeLessThan(four.ttft_p90_s);
    expect(big.itl_p90_ms).toBeLessThan(four.itl_p90_ms);
    expectAll(text, ['**TP 2**', '**TP 4**', `**${n(Number(big.extras['kv_cache_tokens_per_replica']))}** tokens`, `TTFT p90 is **${f(big.ttft_p90_s, 3)} s**`, `ITL p90 **${f(big.itl_p90_ms, 1)} ms**`]);
  });

  it('tiers on RAG over 400 s: higher hit rate, lower TTFT p90', () => {
    const gpu = run('caching-first', { workload: 'rag', durationS: 400 });
    const tiers = run('hybrid-multi-tier', { workload: 'rag', durationS: 400 });
    expectAll(text, [
      `from **${f(gpu.prefix_hit_rate, 3)}** to **${f(tiers.prefix_hit_rate, 3)}**`,
      `**${f(tiers.cpu_hit_rate, 3)}** of prompt tokens came from CPU memory and **${f(tiers.storage_hit_rate, 3)}** from storage`,
      `from **${f(gpu.ttft_p90_s, 3)} s** to **${f(tiers.ttft_p90_s, 3)} s**`,
    ]);
    expect(numericAnswer(KC2, 'kc:patterns/splitting-the-work#7')).toBe(Number(f(tiers.prefix_hit_rate * 100, 1)));
    expect(KC2.items.find((i) => i.id === 'kc:patterns/splitting-the-work#7')?.prompt).toContain(`from ${f(gpu.prefix_hit_rate * 100, 1)} %`);
  }, 30_000);
});

describe('patterns lesson 3: federation and caching-first', () => {
  const text = lesson('03-federation-and-caching.mdx');

  it('two regions on chat: a little slower and a lower hit rate than one pool; nothing spills', () => {
    const fed = run('federation');
    const one = run('caching-first');
    expect(fed.slo_attainment).toBe(1);
    expect(fed.extras['spilled_conversations']).toBe(0);
    expect(fed.extras['inter_region_rtt_ms']).toBe(70);
    expectAll(text, ['**70 ms**', `TTFT p90 **${f(fed.ttft_p90_s, 3)} s** against **${f(one.ttft_p90_s, 3)} s**`, `hit rate of **${f(fed.prefix_hit_rate, 3)}** against **${f(one.prefix_hit_rate, 3)}**`, '(**0** spilled)']);
  });

  it('two regions split the RAG cache; spill-over moves work but adds no capacity', () => {
    const fedRag = run('federation', { workload: 'rag' });
    const oneRag = run('caching-first', { workload: 'rag' });
    expect(fedRag.prefix_hit_rate).toBeLessThan(oneRag.prefix_hit_rate - 0.05);
    expectAll(text, [
      `only **${f(fedRag.prefix_hit_rate, 3)}** of prompt tokens cached against **${f(oneRag.prefix_hit_rate, 3)}**`,
      `(ITL p90 **${f(fedRag.itl_p90_ms, 1)} ms** against **${f(oneRag.itl_p90_ms, 1)} ms**)`,
      `from **${f(oneRag.slo_attainment, 3)}** to **${f(fedRag.slo_attainment, 3)}**`,
    ]);
    const fedSum = run('federation', { workload: 'summarize', qps: 10 });
    const oneSum = run('caching-first', { workload: 'summarize', qps: 10 });
    expect(Number(fedSum.extras['spilled_conversations'])).toBeGreaterThan(0);
    expectAll(text, [`**${fedSum.extras['spilled_conversations']}** conversations spilled`, `SLO attainment was **${f(fedSum.slo_attainment, 3)}**`, `one pool's **${f(oneSum.slo_attainment, 3)}**`]);
  }, 30_000);

  it('region A fails at 60 s: requests lost, conversations failed over, attainment drops', () => {
    const i = { ...BASE };
    const wl = generatePatternWorkload('chat', i.qps, i.durationS, i.seed);
    const r = buildReport('federation', i, wl.slo, runFederation(i, wl, { tp: 2, ...FEDERATION_DEFAULTS, failRegion0AtS: 60 }));
    // Every request that was not lost met the objective.
    expect(Math.round(r.slo_attainment * r.requests)).toBe(r.completed);
    expectAll(text, ['after **60 s**', `Of **${n(r.requests)}** requests, **${r.failed}** failed, **${r.extras['failed_over_conversations']}** conversations failed over`, `dropped to **${f(r.slo_attainment, 3)}**`]);
    expect(numericAnswer(KC3, 'kc:patterns/federation-and-caching#2')).toBe(Number(f(r.slo_attainment * 100, 1)));
  });

  it('prefix-aware routing against round robin on chat and RAG', () => {
    const cells: string[] = [];
    const rows: Record<string, string[]> = { hit: [], ttft: [], itl: [], slo: [] };
    const reports: PatternReport[] = [];
    for (const workload of ['chat', 'rag'] as const) {
      for (const id of ['replicated', 'caching-first'] as const) {
        const r = run(id, { workload });
        reports.push(r);
        const b = (s: string) => (id === 'caching-first' ? `**${s}**` : s);
        rows.hit?.push(b(f(r.prefix_hit_rate, 3)));
        rows.ttft?.push(b(workload === 'rag' && id === 'replicated' ? `${f(r.ttft_p90_s, 2)} s` : `${f(r.ttft_p90_s, 3)} s`));
        rows.itl?.push(b(`${f(r.itl_p90_ms, 1)} ms`));
        rows.slo?.push(b(r.slo_attainment === 1 ? '1.00' : f(r.slo_attainment, 3)));
      }
    }
    cells.push(`| Prefix hit rate | ${rows.hit?.join(' | ')} |`, `| TTFT p90 | ${rows.ttft?.join(' | ')} |`, `| ITL p90 | ${rows.itl?.join(' | ')} |`, `| SLO attainment | ${rows.slo?.join(' | ')} |`);
    expectAll(text, cells);
    const [chatRr, chatPa, ragRr, ragPa] = reports as [PatternReport, PatternReport, PatternReport, PatternReport];
    expect(chatPa.ttft_p90_s).toBeLessThan(chatRr.ttft_p90_s / 3);
    expect(ragRr.slo_attainment).toBeLessThan(0.5);
    expect(numericAnswer(KC3, 'kc:patterns/federation-and-caching#5')).toBe(Number(f(ragPa.slo_attainment * 100, 1)));
    expect(KC3.items.find((i) => i.id === 'kc:patterns/federation-and-caching#5')?.prompt).toContain(`keeps ${f(ragRr.slo_attainment * 100, 1)} %`);
  });

  it('unique prompts: summarize has a hit rate near 0.03 whatever the router', () => {
    for (const id of ['replicated', 'caching-first'] as const) expect(f(run(id, { workload: 'summarize', qps: 8 }).prefix_hit_rate, 2)).toBe('0.03');
    expect(text).toContain('hit rate near 0.03 whatever the router');
  });
});

describe('patterns lesson 4: the anti-patterns, run by the model', () => {
  const text = lesson('04-choosing-an-architecture.mdx');
  const m = (id: Parameters<typeof antiPattern>[0]) => {
    const r = antiPattern(id).run(1);
    return { bad: r.bad.metrics as Record<string, number>, better: r.better.metrics as Record<string, number> };
  };
  const explanation = (id: string) => KC4.items.find((i) => i.id === id)?.explanation ?? '';

  it('round robin over shared prefixes', () => {
    const { bad, better } = m('round-robin-shared-prefixes');
    expectAll(text, [`| Prefix hit rate | ${f(bad.prefix_hit_rate ?? 0, 3)} | **${f(better.prefix_hit_rate ?? 0, 3)}** |`, `| TTFT p90 | ${f(bad.ttft_p90_s ?? 0, 3)} s | **${f(better.ttft_p90_s ?? 0, 3)} s** |`]);
    expect(bad.slo_attainment).toBe(1);
    expect(better.slo_attainment).toBe(1);
  });

  it('scale to zero for a 70B model behind a tight TTFT objective', () => {
    const { bad, better } = m('scale-to-zero-70b-tight-ttft');
    expect(better.cold_starts).toBe(0);
    expect(better.slo_attainment).toBe(1);
    expect(((better.gpu_hours ?? 0) - (bad.gpu_hours ?? 0)) / (better.gpu_hours ?? 1)).toBeLessThan(0.1);
    expect(1 - (bad.slo_attainment ?? 0)).toBeCloseTo(0.2, 1);
    expectAll(text, [
      `| Cold starts | **${bad.cold_starts}** of ${f(bad.cold_start_s ?? 0, 1)} s | 0 |`,
      `| TTFT p90 / p99 | **${f(bad.ttft_p90_s ?? 0, 1)} s** / **${f(bad.ttft_p99_s ?? 0, 1)} s** | ${f(better.ttft_p90_s ?? 0, 3)} s / ${f(better.ttft_p99_s ?? 0, 3)} s |`,
      `| SLO attainment | **${f(bad.slo_attainment ?? 0, 3)}** | 1.00 |`,
      `| GPU-hours | ${f(bad.gpu_hours ?? 0, 2)} | ${f(better.gpu_hours ?? 0, 2)} |`,
    ]);
  });

  it('TP across nodes without a fast interconnect', () => {
    const { bad, better } = m('tp-across-nodes-slow-link');
    expect(better.slo_attainment).toBe(1);
    expectAll(text, [
      `| ITL p90 | **${f(bad.itl_p90_ms ?? 0, 1)} ms** | ${f(better.itl_p90_ms ?? 0, 1)} ms |`,
      `| TTFT p99 | **${f(bad.ttft_p99_s ?? 0, 2)} s** | ${f(better.ttft_p99_s ?? 0, 3)} s |`,
      `| SLO attainment | **${f(bad.slo_attainment ?? 0, 3)}** | 1.00 |`,
    ]);
    expect(numericAnswer(KC4, 'kc:patterns/choosing-an-architecture#8')).toBe(Number(f(bad.itl_p90_ms ?? 0, 1)));
    expect(explanation('kc:patterns/choosing-an-architecture#8')).toContain(`SLO attainment ${f(bad.slo_attainment ?? 0, 3)}`);
  });

  it('an oversized max_num_seqs: preemptions and stalls, not lost throughput', () => {
    const { bad, better } = m('oversized-max-num-seqs');
    expect(better.num_preemptions).toBe(0);
    expect(bad.output_tokens_per_s).toBeGreaterThan(better.output_tokens_per_s ?? 0);
    expectAll(text, [
      `| Preemptions | **${bad.num_preemptions}** | 0 |`,
      `| ITL p99 | **${f(bad.itl_p99_ms ?? 0, 1)} ms** | ${f(better.itl_p99_ms ?? 0, 1)} ms |`,
      `| Output throughput | ${n(bad.output_tokens_per_s ?? 0)} tokens/s | ${n(better.output_tokens_per_s ?? 0)} tokens/s |`,
    ]);
    expectAll(explanation('kc:patterns/choosing-an-architecture#7'), [`${bad.num_preemptions} preemptions against 0`, `(${f(bad.itl_p99_ms ?? 0, 1)} against ${f(better.itl_p99_ms ?? 0, 1)} ms)`]);
  }, 30_000);

  it('one giant replica where several small ones serve better', () => {
    const { bad, better } = m('one-giant-replica');
    expect(bad.slo_attainment).toBe(0);
    expect(better.slo_attainment).toBe(1);
    expectAll(text, [
      `| TTFT p90 | **${f(bad.ttft_p90_s ?? 0, 1)} s** | ${f(better.ttft_p90_s ?? 0, 3)} s |`,
      `| ITL p90 | **${f(bad.itl_p90_ms ?? 0, 1)} ms** | ${f(better.itl_p90_ms ?? 0, 1)} ms |`,
      '| SLO attainment | **0** | 1.00 |',
    ]);
    expect(numericAnswer(KC4, 'kc:patterns/choosing-an-architecture#6')).toBe(Number(f(bad.ttft_p90_s ?? 0, 1)));
    expect(KC4.items.find((i) => i.id === 'kc:patterns/choosing-an-architecture#6')?.prompt).toContain(`TTFT p90 of ${f(better.ttft_p90_s ?? 0, 3)} s`);
  });

  it('sizes replicas as the selection guide says: TP 2 for Qwen2.5-32B, TP 4 for Llama-3.1-70B', () => {
    expect(minimalTp('qwen2.5-32b', 'h100-sxm-80gb')).toBe(2);
    expect(minimalTp('llama-3.1-70b', 'h100-sxm-80gb')).toBe(4);
    expect(text).toContain('TP 2 for Qwen2.5-32B and TP 4 for Llama-3.1-70B');
  });
});

describe('patterns lessons: glossary links', () => {
  const files = ['01-single-and-replicated.mdx', '02-splitting-the-work.mdx', '03-federation-and-caching.mdx', '04-choosing-an-architecture.mdx'].filter((x) => existsSync(new URL(x, DIR)));
  it.each(files)('%s links only to glossary terms that exist', (file) => {
    const ids = [...lesson(file).matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !getTerm(id))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExposition } from '../../../src/metrics/exposition.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/metrics/${name}`, import.meta.url), 'utf8');

function problem(text: string) {
  const result = parseExposition(text);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('parseExposition', () => {
  it('reads names with colons, labels, escapes, special values and timestamps', () => {
    const result = parseExposition(
      [
        '# HELP vllm:num_requests_waiting Number of requests waiting to be processed.',
        '# TYPE vllm:num_requests_waiting gauge',
        'vllm:num_requests_waiting{engine="0",model_name="a \\"quoted\\" name"} 3.0',
        'weird{problem="x}y"} +Inf 1395066363000',
        'nan_metric NaN',
      ].join('\r\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [waiting] = result.exposition.samples.get('vllm:num_requests_waiting') ?? [];
    expect(waiting).toEqual({ name: 'vllm:num_requests_waiting', labels: { engine: '0', model_name: 'a "quoted" name' }, value: 3, line: 3 });
    expect(result.exposition.types.get('vllm:num_requests_waiting')).toBe('gauge');
    expect(result.exposition.samples.get('weird')?.[0]?.value).toBe(Infinity);
    expect(result.exposition.samples.get('nan_metric')?.[0]?.value).toBeNaN();
  });

  it('keeps every labelled series of a histogram apart (the library alone folds them into one)', () => {
    const result = parseExposition(fixture('dp2-qwen.prom'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const infBuckets = (result.exposition.samples.get('vllm:time_to_first_token_seconds_bucket') ?? []).filter((s) => s.labels.le === '+Inf');
    expect(infBuckets.map((s) => s.labels.engine)).toEqual(['0', '1']);
  });

  it('reads the last line even without a trailing newline', () => {
    const result = parseExposition('a 1\nb 2');
    expect(result.ok && result.exposition.samples.get('b')?.[0]?.value).toBe(2);
  });

  it('reads vLLM documentation output where _sum comes before the buckets', () => {
    const result = parseExposition(fixture('vllm-docs-excerpt.prom'));
    expect(result.ok && result.exposition.samples.get('vllm:iteration_tokens_total_bucket')?.length).toBe(8);
  });

  it.each([
    ['vllm:num_requests_running{engine="0" 2.0', 'Line 1: the label list opened with "{" is never closed.'],
    ['ok 1\nvllm:kv_cache_usage_perc{engine=0} 0.5', 'Line 2: the labels {engine=0} are not valid'],
    ['ok 1\n\nhello world', 'Line 3: the value of hello is "world", which is not a number.'],
    ['ok 1 2 3', 'Line 1: expected a value and at most a timestamp after ok'],
    ['9lives 1', 'Line 1: expected a metric name at the start of "9lives 1"'],
    ['foo-bar 1', 'Line 1: "foo-bar 1" has a character after the name'],
    ['only_a_name', 'Line 1: only_a_name has no value.'],
    ['# TYPE x histogramm\nx 1', 'Line 1: unknown metric type "histogramm"'],
    ['# TYPE h histogram\nh_bucket{le="fast"} 1\nh_bucket{le="+Inf"} 2', 'Line 2: the bucket bound le="fast" is not a number.'],
    ['# TYPE h histogram\nh_bucket{x="1"} 1', 'Line 2: h_bucket is a histogram bucket without an le="…" label.'],
  ])('locates the problem in %j', (text, message) => {
    const found = problem(text);
    expect(found.message).toContain(message);
    expect(found.line).toBe(Number(/^Line (\d+)/.exec(message)?.[1]));
  });

  it('explains empty, comment-only and oversized input without a line number', () => {
    expect(problem('  \n')).toEqual({ line: null, message: expect.stringContaining('paste the output of curl') });
    expect(problem('# just a comment\n').message).toContain('no samples');
    expect(problem('x'.repeat(5_000_001)).message).toContain('MB');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { MetricsReader } from '../../../../src/ui/metrics/MetricsReader.tsx';
import { renderWithRouter } from '../quiz/harness.tsx';

const PASTE = [
  '# TYPE vllm:kv_cache_usage_perc gauge',
  'vllm:kv_cache_usage_perc{engine="0",model_name="qwen"} 0.925',
  'vllm:num_requests_waiting{engine="0",model_name="qwen"} 4.0',
  'vllm:time_to_first_token_seconds_bucket{engine="0",le="0.1",model_name="qwen"} 2.0',
  'vllm:time_to_first_token_seconds_bucket{engine="0",le="0.5",model_name="qwen"} 6.0',
  'vllm:time_to_first_token_seconds_bucket{engine="0",le="1.0",model_name="qwen"} 9.0',
  'vllm:time_to_first_token_seconds_bucket{engine="0",le="+Inf",model_name="qwen"} 10.0',
].join('\n');

async function setup() {
  const user = userEvent.setup();
  renderWithRouter(<MetricsReader />);
  const box = await screen.findByRole('textbox', { name: /curl http/ });
  return { user, box };
}

function row(engine: HTMLElement, label: string) {
  const term = within(engine).getByText(label, { selector: 'dt' });
  const wrapper = term.parentElement;
  if (!wrapper) throw new Error(`no row for ${label}`);
  return wrapper;
}

describe('MetricsReader', () => {
  it('reads pasted text into course terms with percentiles, the series and a lesson link', async () => {
    const { user, box } = await setup();
    await user.click(box);
    await user.paste(PASTE);
    await user.click(screen.getByRole('button', { name: 'Read metrics' }));
    const engine = await screen.findByRole('article', { name: 'qwen · engine 0' });
    expect(row(engine, 'KV-cache usage')).toHaveTextContent('92.5 %');
    expect(row(engine, 'KV-cache usage')).toHaveTextContent('vllm:kv_cache_usage_perc');
    expect(within(row(engine, 'KV-cache usage')).getByRole('link', { name: /KV cache and why memory runs out/ })).toHaveAttribute('href', '/learn/vllm/kv-cache-memory');
    expect(row(engine, 'Waiting requests')).toHaveTextContent('4');
    // p50 0.4 s = 400 ms, p90 exactly at le=1 → 1.00 s, p99 in +Inf → the largest finite bound, 1.00 s
    expect(row(engine, 'Time to first token (TTFT)')).toHaveTextContent('p50 400 ms · p90 1.00 s · p99 1.00 s (10 observed)');
    expect(row(engine, 'Preemptions')).toHaveTextContent('not in this scrape');
    expect(screen.getByRole('status')).toHaveTextContent(/cumulative since the server started/);
  });

  it('names the line of malformed input and shows it', async () => {
    const { user, box } = await setup();
    await user.click(box);
    await user.paste('vllm:num_requests_running{engine="0"} 1\nvllm:num_requests_waiting{engine="0"} lots');
    await user.click(screen.getByRole('button', { name: 'Read metrics' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Line 2: the value of vllm:num_requests_waiting is "lots", which is not a number.');
    expect(within(status).getByLabelText('Line 2')).toHaveTextContent('vllm:num_requests_waiting{engine="0"} lots');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('loads the shipped sample', async () => {
    const { user, box } = await setup();
    await user.click(screen.getByRole('button', { name: 'Load a sample' }));
    const engine = await screen.findByRole('article', { name: 'meta-llama/Llama-3.1-8B-Instruct · engine 0' });
    expect(row(engine, 'KV-cache usage')).toHaveTextContent('71.3 %');
    expect(row(engine, 'Prefix-cache hit rate')).toHaveTextContent('38.0 %');
    expect((box as HTMLTextAreaElement).value).toContain('# HELP vllm:num_requests_running');
  });

  it('reads a saved file and says when it holds no vLLM series', async () => {
    const { user } = await setup();
    const input = screen.getByLabelText('Load a saved file');
    await user.upload(input, new File(['process_resident_memory_bytes 2.2e9\n'], 'gateway.txt', { type: 'text/plain' }));
    expect(await screen.findByText('No vLLM metrics found.')).toBeInTheDocument();
  });

  it('can be used from the keyboard alone', async () => {
    const { user, box } = await setup();
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard('vllm:num_requests_running{{engine="0",model_name="m"} 3');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Read metrics' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('article', { name: 'm · engine 0' })).toHaveTextContent('Running requests3');
  });

  it('has no axe violations with a report and with a problem showing', async () => {
    const { user, box } = await setup();
    // Colour contrast needs layout, which jsdom lacks; the browser e2e scan covers it.
    const options = { rules: { 'color-contrast': { enabled: false } } };
    await user.click(screen.getByRole('button', { name: 'Load a sample' }));
    await screen.findByRole('article');
    expect((await axe.run(document.body, options)).violations).toEqual([]);
    await user.clear(box);
    await user.paste('bad line here');
    await user.click(screen.getByRole('button', { name: 'Read metrics' }));
    await screen.findByText(/Could not read/);
    expect((await axe.run(document.body, options)).violations).toEqual([]);
  });
});

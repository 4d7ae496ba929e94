import '../inView.ts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import { LoraWidget } from '../../../../../src/ui/widgets/lora/LoraWidget.tsx';
import type { LoraPresetId } from '../../../../../src/widget-models/lora/presets.ts';
import { summaryOf } from './run.ts';
import { DEFAULT_SETTINGS } from '../../../../../src/widget-models/lora/settings.ts';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

/** Light traffic, so the run finishes quickly in jsdom. */
const SMALL = 'lr=rate.3';

/** Renders the widget; when `runs`, also waits for the run's figures (not there when the settings are refused). */
async function renderWidget(search = `?${SMALL}`, preset?: LoraPresetId, runs = true) {
  const widget = await renderSlot(<LoraWidget id="lr" {...(preset ? { preset } : {})} />, { ns: 'lr', title: /Multi-LoRA/, url: search });
  if (runs) await waitFor(() => expect(widget.root.querySelector('tr[data-metric="throughput"]')).not.toBeNull(), { timeout: 30_000 });
  return widget;
}

const cell = (root: HTMLElement, metric: string, run: 'lora' | 'base') => Number(root.querySelector(`tr[data-metric="${metric}"] td[data-run="${run}"]`)?.getAttribute('data-value'));

afterEach(() => noticeStore.setState({ notices: [] }));

describe('multi-LoRA widget', { timeout: 60_000 }, () => {
  it('shows the model’s figures against the base model, with every control named by its vLLM flag', async () => {
    const { root } = await renderWidget();
    const expected = summaryOf({ ...DEFAULT_SETTINGS, rate: 3 });
    expect(cell(root, 'ttft-p50', 'lora')).toBeCloseTo(expected.lora.ttftP50Ms, 6);
    expect(cell(root, 'ttft-p50', 'base')).toBeCloseTo(expected.base.ttftP50Ms, 6);
    expect(cell(root, 'kv-blocks', 'lora')).toBeLessThan(cell(root, 'kv-blocks', 'base'));
    const w = within(root);
    expect(w.getByRole('group', { name: 'GPU adapter slots' })).toHaveAccessibleDescription(/--max-loras/);
    expect(w.getByRole('group', { name: 'CPU adapter cache' })).toHaveAccessibleDescription(/--max-cpu-loras/);
    expect(w.getByRole('group', { name: 'Largest rank' })).toHaveAccessibleDescription(/--max-lora-rank/);
    expect(w.getByRole('combobox', { name: 'Traffic skew' })).toBeInTheDocument();
    expect(w.getByRole('slider', { name: 'Arrival rate' })).toBeInTheDocument();
    expect(w.getByRole('img', { name: /GPU slots at 0\.1 s: slot 1/ })).toBeInTheDocument();
    expect(w.getByText(/What this model simplifies/)).toBeInTheDocument();
    // The estimated table marks this run's rank.
    expect(root.querySelector('tr[aria-current="true"] th')?.textContent).toContain('16 (this run)');
  });

  it('adds a GPU slot from the stepper, reruns, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    const before = cell(root, 'ttft-p99', 'lora');
    await user.click(within(root).getByRole('button', { name: 'Increase GPU adapter slots' }));
    await waitFor(() => expect(search()).toContain('ml.2'));
    expect(root.querySelector('.lr-command code')?.textContent).toContain('--enable-lora --max-loras 2 --max-cpu-loras 4 --max-lora-rank 16');
    await waitFor(() => expect(cell(root, 'ttft-p99', 'lora')).not.toBe(before), { timeout: 30_000 });
    expect(cell(root, 'ttft-p99', 'lora')).toBeCloseTo(summaryOf({ ...DEFAULT_SETTINGS, rate: 3, maxLoras: 2 }).lora.ttftP99Ms, 6);
  });

  it('refuses max_cpu_loras below max_loras with vLLM’s check, naming the field', async () => {
    await renderWidget('?lr=rate.3_maxLoras.4_maxCpuLoras.2', undefined, false);
    expect(await screen.findByRole('alert')).toHaveTextContent(/maxCpuLoras: must be ≥ maxLoras \(4\), got 2/);
  });

  it('narrates who was skipped because of max_loras, by keyboard and slider', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget('', 'one-slot');
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('{End}');
    const slider = within(root).getByRole('slider', { name: 'Timeline position' });
    // Find a frame where requests were deferred, as the model says.
    let found = false;
    for (let f = 20; f < 200 && !found; f += 10) {
      act(() => {
        fireEvent.change(slider, { target: { value: String(f) } });
      });
      await waitFor(() => expect(Number(root.querySelector('[data-metric="deferred-now"]')?.getAttribute('data-time'))).toBe((f + 1) * 100));
      found = Number(root.querySelector('[data-metric="deferred-now"]')?.getAttribute('data-value')) > 0;
    }
    expect(found).toBe(true);
    const narration = root.querySelector('.widget-narration') as HTMLElement;
    expect(within(narration).getByText(/skipped: the batch already holds [A-D] and max_loras is 1/)).toBeInTheDocument();
    expect(within(root).getAllByText(/skipped: batch holds [A-D] \(max_loras 1\)/).length).toBeGreaterThan(0);
  });

  it('reports a link it cannot use and falls back to the defaults', async () => {
    await renderWidget('?lr=maxLoras.5_skew.pareto');
    await waitFor(() => expect(noticeStore.getState().notices.some((n) => /multi-LoRA widget/.test(n.message))).toBe(true));
  });
});

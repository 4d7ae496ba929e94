import '../inView.ts';
import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import { TensorParallelWidget } from '../../../../../src/ui/widgets/tensor-parallel/TensorParallelWidget.tsx';
import type { TensorParallelPresetId } from '../../../../../src/widget-models/tensor-parallel/presets.ts';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

/** Renders the widget and waits until the finished run has drawn its GPU cards. */
async function renderWidget(search = '', preset?: TensorParallelPresetId) {
  const widget = await renderSlot(<TensorParallelWidget id="tp" {...(preset ? { preset } : {})} />, { ns: 'tp', title: /Tensor parallelism/, url: search, waitForRun: false });
  await waitFor(() => expect(widget.root.querySelector('[data-computing="false"] [data-rank]')).not.toBeNull(), { timeout: 20_000 });
  return widget;
}

const metric = (root: HTMLElement, name: string) => root.querySelector(`[data-metric="${name}"]`)?.getAttribute('data-value');

afterEach(() => noticeStore.setState({ notices: [] }));

describe('tensor-parallel widget', { timeout: 60_000 }, () => {
  it('draws one card per GPU with its heads and slices, and labels every control with the flag it sets', async () => {
    const { root } = await renderWidget();
    const w = within(root);
    expect(root.querySelectorAll('[data-rank]')).toHaveLength(2);
    expect(w.getAllByText(/Q heads 0–15/).length).toBeGreaterThan(0);
    expect(w.getByRole('img', { name: /qkv_proj, column-parallel: 3,072 of its output columns on GPU 0/ })).toBeInTheDocument();
    expect(w.getByRole('img', { name: /o_proj, row-parallel: 2,048 of its input rows on GPU 1/ })).toBeInTheDocument();
    expect(w.getByRole('group', { name: 'Tensor parallel size' })).toHaveAccessibleDescription(/--tensor-parallel-size/);
    expect(w.getByRole('slider', { name: 'Context per sequence' })).toHaveAccessibleDescription(/--max-model-len/);
    expect(w.getByRole('combobox', { name: 'Model' })).toHaveAccessibleDescription(/vllm serve/);
    expect(Number(metric(root, 'step-us'))).toBeGreaterThan(0);
    expect(Number(metric(root, 'blocks-gained'))).toBeGreaterThan(0);
    expect(root.querySelectorAll('tr[data-strategy]')).toHaveLength(4);
  });

  it('the stepper changes the degree, recomputes and keeps it in the URL; an invalid degree says why', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    const before = Number(metric(root, 'blocks'));
    await user.click(within(root).getByRole('button', { name: 'Increase Tensor parallel size' }));
    await waitFor(() => expect(search()).toContain('tp.3'));
    await waitFor(() => expect(within(root).getByRole('alert')).toHaveTextContent(/not divisible by tp=3.*accepts 1, 2, 4, 8/));
    await user.click(within(root).getByRole('button', { name: 'Increase Tensor parallel size' }));
    await waitFor(() => expect(root.querySelectorAll('[data-rank]')).toHaveLength(4));
    expect(Number(metric(root, 'blocks'))).toBeGreaterThan(before);
  });

  it('keyboard: + and − move the degree, r resets to the preset', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget('', 'kv-replicated');
    expect(root.querySelectorAll('[data-kv-shared="true"]')).toHaveLength(8);
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('-');
    await waitFor(() => expect(search()).toContain('tp.7'));
    await user.keyboard('r');
    await waitFor(() => expect(search()).toBe(''));
    await waitFor(() => expect(root.querySelectorAll('[data-rank]')).toHaveLength(8));
  });

  it('opens from a pasted link and reports a value it cannot use', async () => {
    const { root } = await renderWidget('?tp=model.mixtral-8x7b_tp.8_link.pcie5_batch.9999');
    expect(within(root).getByRole('combobox', { name: 'Model' })).toHaveValue('mixtral-8x7b');
    expect(root.querySelector('tr[data-strategy="ep"]')?.getAttribute('data-itl')).not.toBe('');
    expect(root.querySelector('tr[data-link="pcie5"]')?.className).toBe('tp-chosen');
    await waitFor(() => expect(noticeStore.getState().notices.some((n) => /tensor-parallel widget/.test(n.message))).toBe(true));
  });
});

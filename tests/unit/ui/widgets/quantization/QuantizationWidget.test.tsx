import '../inView.ts';
import { fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import { QuantizationWidget } from '../../../../../src/ui/widgets/quantization/QuantizationWidget.tsx';
import type { QuantizationPresetId } from '../../../../../src/widget-models/quantization/presets.ts';
import { chosenRow, computeQuantization } from '../../../../../src/widget-models/quantization/model.ts';
import { QUANTIZATION_PRESETS } from '../../../../../src/widget-models/quantization/presets.ts';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

const renderWidget = (search = '', preset?: QuantizationPresetId) =>
  renderSlot(<QuantizationWidget id="qz" {...(preset ? { preset } : {})} />, { ns: 'qz', title: /Quantization/, url: search });

const value = (root: HTMLElement, metric: string) => root.querySelector(`[data-metric="${metric}"]`)?.getAttribute('data-value');

afterEach(() => noticeStore.setState({ notices: [] }));

describe('quantization widget', { timeout: 60_000 }, () => {
  it('shows every format on one GPU and the chosen one’s figures from the model, with flags on the controls', async () => {
    const { root } = await renderWidget('', 'fp8-weights');
    const w = within(root);
    expect(w.getAllByRole('button', { pressed: true }).some((b) => /FP8 W8A8: weights/.test(b.getAttribute('aria-label') ?? ''))).toBe(true);
    const expected = chosenRow(computeQuantization(QUANTIZATION_PRESETS['fp8-weights'].state), 'fp8')!;
    expect(Number(value(root, 'kv-blocks'))).toBe(expected.memory!.numGpuBlocks);
    expect(Number(value(root, 'decode'))).toBeCloseTo(expected.decode!.stepUs, 6);
    expect(Number(value(root, 'measured-decode'))).toBe(164.22);
    expect(w.getByText(/runs as/)).toHaveTextContent(/W8A8/);
    expect(w.getByRole('combobox', { name: 'KV-cache dtype' })).toHaveAccessibleDescription(/--kv-cache-dtype/);
    expect(w.getByRole('group', { name: 'Tensor parallel' })).toHaveAccessibleDescription(/--tensor-parallel-size/);
    expect(w.getByRole('group', { name: 'Context length' })).toHaveAccessibleDescription(/--max-model-len/);
    expect(w.getAllByText('fitted').length).toBeGreaterThan(0);
    expect(w.getByRole('link', { name: /Give Me BF16/ })).toHaveAttribute('href', 'https://arxiv.org/abs/2411.02355');
  });

  it('switches the KV dtype by keyboard and keeps it in the URL; doubles the blocks', async () => {
    const { root, search } = await renderWidget('', 'fp8-weights');
    const before = Number(value(root, 'kv-blocks'));
    const user = userEvent.setup();
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('k');
    await waitFor(() => expect(search()).toContain('kv.fp8'));
    await waitFor(() => expect(Number(value(root, 'kv-blocks'))).toBeGreaterThan(before));
    expect(Math.abs(Number(value(root, 'kv-blocks')) - 2 * before)).toBeLessThanOrEqual(1);
  });

  it('selects a format by its row and labels estimated figures', async () => {
    const { root, search } = await renderWidget('', 'fp8-weights');
    const w = within(root);
    await userEvent.setup().click(w.getByRole('button', { name: /^INT4 AWQ:/ }));
    await waitFor(() => expect(search()).toContain('scheme.int4-awq'));
    await waitFor(() => expect(w.getByText(/runs as/)).toHaveTextContent(/W4A16/));
    expect(root.querySelector('[data-metric="decode"] .qz-prov')).toHaveTextContent('estimated');
    fireEvent.change(w.getByRole('combobox', { name: 'GPU' }), { target: { value: 'b200-180gb' } });
    await waitFor(() => expect(search()).toContain('gpu.b200-180gb'));
    await waitFor(() => expect(w.getByRole('button', { name: /^INT8 W8A8: vLLM does not run/ })).toBeInTheDocument());
  });

  it('reads its state from the URL and says when the weights do not fit', async () => {
    const { root } = await renderWidget('?qz=model.llama-3.1-70b_scheme.bf16', 'sandbox');
    await waitFor(() => expect(within(root).getByRole('button', { name: /^BF16: weights/ })).toHaveAccessibleName(/no room|less than/));
    expect(root.querySelector('.qz-problem')?.textContent).toMatch(/do not fit/);
  });

  it('shows the error boundary for an unknown preset', async () => {
    const { root } = await renderSlot(<QuantizationWidget id="qz" preset={'nope' as QuantizationPresetId} />, { ns: 'qz', title: /Quantization/, waitForRun: false });
    expect(await within(root).findByText(/Known presets: fp8-weights/)).toBeInTheDocument();
  });
});

import '../inView.ts';
import { fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import { LoadTestWidget } from '../../../../../src/ui/widgets/load-test/LoadTestWidget.tsx';
import type { LoadTestPresetId } from '../../../../../src/widget-models/load-test/presets.ts';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

/** A small sweep (8B model, 2 GPUs, 4 rates of 30 s), so both patterns finish quickly in jsdom. */
const SMALL = 'lt=model.llama-3.1-8b_gpus.2_maxQps.8_points.4_durationS.30';

const renderWidget = (search = `?${SMALL}`, preset?: LoadTestPresetId) =>
  renderSlot(<LoadTestWidget id="lt" {...(preset ? { preset } : {})} />, { ns: 'lt', title: /Load test/, url: search });

afterEach(() => {
  noticeStore.setState({ notices: [] });
  vi.restoreAllMocks();
});

describe('load-test widget', { timeout: 60_000 }, () => {
  it('sweeps both patterns, draws every point and says where each knee is', async () => {
    const { root } = await renderWidget();
    const w = within(root);
    expect(w.getByText('8 runs computed')).toBeInTheDocument();
    expect(w.getByRole('img', { name: /TTFT p50 and p99 against request rate, 8 of 8 points computed\. Round robin: .*; Prefix-aware: / })).toBeInTheDocument();
    // 4 rates × 2 patterns: circles for A, squares for B; the objective's line is labelled.
    expect(root.querySelectorAll('.lt-svg circle.lt-dot')).toHaveLength(4);
    expect(root.querySelectorAll('.lt-svg rect.lt-dot')).toHaveLength(4);
    expect(w.getByText('TTFT objective 1 s')).toBeInTheDocument();
    expect(root.querySelector('.lt-legend strong')?.textContent).toBe('Replicas behind a load balancer');
    // The table lists every point.
    expect(root.querySelectorAll('.lt-table tbody tr')).toHaveLength(8);
    expect(w.getByRole('combobox', { name: 'Pattern A (circles)' })).toHaveValue('replicated');
    expect(w.getByRole('slider', { name: 'Top rate' })).toHaveAccessibleDescription(/--request-rate/);
    expect(w.getByRole('group', { name: 'Seconds per rate' })).toHaveAccessibleDescription(/max_duration/);
  });

  it('switches the metric by button and keyboard, keeping it in the URL without recomputing', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    await user.click(within(root).getByRole('button', { name: 'TPOT / ITL' }));
    await waitFor(() => expect(search()).toContain('metric.tpot'));
    expect(within(root).getByText('ITL objective 50 ms')).toBeInTheDocument();
    expect(root.querySelector('[data-computing="false"]')).not.toBeNull();
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('3');
    expect(within(root).getByRole('button', { name: 'Goodput' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(root).getByText('offered load')).toBeInTheDocument();
    expect(root.querySelectorAll('.lt-svg .lt-p99')).toHaveLength(0);
  });

  it('reruns when a setting changes; swap exchanges the patterns', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    fireEvent.change(within(root).getByRole('combobox', { name: 'Pattern B (squares)' }), { target: { value: 'none' } });
    await waitFor(() => expect(search()).toContain('b.none'));
    await waitFor(() => expect(within(root).getByText('4 runs computed')).toBeInTheDocument(), { timeout: 30_000 });
    expect(within(root).getByRole('button', { name: 'Swap patterns' })).toBeDisabled();
    fireEvent.change(within(root).getByRole('combobox', { name: 'Pattern B (squares)' }), { target: { value: 'single-instance' } });
    await waitFor(() => expect(within(root).getByRole('button', { name: 'Swap patterns' })).toBeEnabled());
    await user.click(within(root).getByRole('button', { name: 'Swap patterns' }));
    await waitFor(() => expect(search()).toContain('a.single-instance'));
    expect(search()).toContain('b.replicated');
  });

  it('downloads the points as CSV and JSON', async () => {
    const { root } = await renderWidget();
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => (blobs.push(b), 'blob:x')), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.click(within(root).getByRole('button', { name: 'Download CSV' }));
    fireEvent.click(within(root).getByRole('button', { name: 'Download JSON' }));
    expect(click).toHaveBeenCalledTimes(2);
    const csv = await blobs[0]?.text();
    expect(csv?.split('\n')[0]).toMatch(/^pattern,workload,model,gpus,request_rate,/);
    expect(csv?.trim().split('\n')).toHaveLength(9);
    const json = JSON.parse((await blobs[1]?.text()) ?? '{}') as { complete: boolean; series: unknown[]; settings: Record<string, unknown> };
    expect(json.complete).toBe(true);
    // The sweep's settings, as run: the chart's metric is how it was viewed, not how it was run.
    expect(json.settings).toMatchObject({ model: 'llama-3.1-8b', gpus: 2, maxQps: 8, points: 4, durationS: 30 });
    expect(json.settings).not.toHaveProperty('metric');
    expect(json.series).toHaveLength(2);
  });

  it('shows the matching vllm bench serve loop and GuideLLM sweep', async () => {
    const { root } = await renderWidget();
    const text = root.querySelector('.lt-bench')?.textContent ?? '';
    expect(text).toContain('for run in 2:60 4:120 6:180 8:240; do');
    expect(text).toContain('--request-rate $rate --num-prompts $prompts');
    expect(text).toContain('--goodput ttft:1000 tpot:50');
    expect(text).toContain('--model meta-llama/Llama-3.1-8B-Instruct');
    expect(text).toContain('--profile kind=sweep');
    expect(text).toContain('--constraint kind=max_duration,seconds=30');
  });

  it('an unknown preset shows its error in the slot, naming the known ones', async () => {
    const { root } = await renderSlot(<LoadTestWidget id="lt" preset={'nope' as LoadTestPresetId} />, { ns: 'lt', title: /Load test/, waitForRun: false });
    expect(await within(root).findByText(/Known presets: one-replica/)).toBeInTheDocument();
  });
});

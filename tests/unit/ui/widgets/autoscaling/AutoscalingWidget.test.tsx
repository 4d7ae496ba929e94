import '../inView.ts';
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import { AutoscalingWidget } from '../../../../../src/ui/widgets/autoscaling/AutoscalingWidget.tsx';
import type { AutoscalingPresetId } from '../../../../../src/widget-models/autoscaling/presets.ts';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

/** Light traffic, so the three runs finish quickly in jsdom. */
const SMALL = 'as=shape.steady_rps.1';

const renderWidget = (search = `?${SMALL}`, preset?: AutoscalingPresetId) =>
  renderSlot(<AutoscalingWidget id="as" {...(preset ? { preset } : {})} />, { ns: 'as', title: /Autoscaling/, url: search });

const cell = (root: HTMLElement, metric: string, focus: string) => root.querySelector(`tr[data-metric="${metric}"] td[data-focus="${focus}"]`)?.getAttribute('data-value');

const narration = (root: HTMLElement) => root.querySelector('.widget-narration') as HTMLElement;

afterEach(() => noticeStore.setState({ notices: [] }));

describe('autoscaling widget', { timeout: 60_000 }, () => {
  it('compares the three runs on the same requests, with every control labelled by what it sets', async () => {
    const { root } = await renderWidget();
    for (const f of ['kpa', 'alt', 'fixed']) expect(Number(cell(root, 'gpu-hours', f))).toBeGreaterThan(0);
    expect(cell(root, 'completed', 'kpa')).toBe(cell(root, 'completed', 'fixed'));
    // Two fixed replicas for ten minutes: 2 × 600 s = 1/3 GPU-hour.
    expect(Number(cell(root, 'gpu-hours', 'fixed'))).toBeCloseTo(1 / 3, 5);
    const w = within(root);
    expect(w.getByRole('slider', { name: 'Target' })).toHaveAccessibleDescription(/scaleTarget → autoscaling\.knative\.dev\/target/);
    expect(w.getByRole('slider', { name: 'Minimum pods' })).toHaveAccessibleDescription(/minReplicas → autoscaling\.knative\.dev\/min-scale/);
    expect(w.getByRole('slider', { name: 'Panic threshold' })).toHaveAccessibleDescription(/panic-threshold-percentage/);
    expect(w.getByRole('slider', { name: 'Keep the last pod' })).toHaveAccessibleDescription(/scale-to-zero-pod-retention-period/);
    expect(w.getByRole('combobox', { name: 'Autoscaler' })).toHaveAccessibleDescription(/serving\.kserve\.io\/autoscalerClass/);
    expect(w.getByRole('combobox', { name: 'Weights from' })).toHaveAccessibleDescription(/storageUri/);
    expect(w.getByRole('img', { name: /Knative KPA: at 0 s/ })).toBeInTheDocument();
    expect(w.getByText('Model download')).toBeInTheDocument();
  });

  it('recomputes when a setting changes, and keeps it in the URL', async () => {
    const { root, search } = await renderWidget();
    const before = cell(root, 'gpu-hours', 'fixed');
    fireEvent.change(within(root).getByRole('slider', { name: 'Replicas' }), { target: { value: '5' } });
    await waitFor(() => expect(search()).toContain('fixed.5'), { timeout: 5000 });
    await waitFor(() => expect(cell(root, 'gpu-hours', 'fixed')).not.toBe(before), { timeout: 30_000 });
    expect(Number(cell(root, 'gpu-hours', 'fixed'))).toBeCloseTo(5 / 6, 5);
    await userEvent.setup().click(within(root).getByRole('button', { name: 'From zero' }));
    await waitFor(() => expect(search()).toContain('shape.from-zero'));
    expect(within(root).getByRole('button', { name: 'From zero' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('plays by keyboard: End, switching the run in focus, Home', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(root.querySelector('[data-metric="time"]')?.getAttribute('data-value')).toBe('600'));
    await user.keyboard('2');
    expect(within(root).getByRole('button', { name: 'HPA / KEDA' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(search()).toContain('focus.alt'));
    // The run on show is view state: the same runs, redrawn at the same moment, with nothing recomputed.
    expect(root.querySelector('[data-computing="true"]')).toBeNull();
    expect(root.querySelector('[data-metric="time"]')?.getAttribute('data-value')).toBe('600');
    expect(within(root).getByRole('img', { name: /KEDA on vllm:num_requests_running: at 600 s/ })).toBeInTheDocument();
    await user.keyboard('{Home}');
    await waitFor(() => expect(root.querySelector('[data-metric="time"]')?.getAttribute('data-value')).toBe('0'));
  });

  it('narrates scale to zero and the activator queue in the scale-from-zero preset', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget('', 'scale-from-zero');
    const slider = within(root).getByRole('slider', { name: 'Timeline position' });
    // 64 s: the idle pod has just gone.
    act(() => {
      fireEvent.change(slider, { target: { value: '32' } });
    });
    await waitFor(() => expect(within(narration(root)).getByText(/scaled to zero/)).toBeInTheDocument());
    act(() => {
      fireEvent.change(slider, { target: { value: '121' } });
    });
    await waitFor(() => expect(within(narration(root)).getByText(/requests are waiting at the activator/)).toBeInTheDocument());
    await user.click(within(root).getAllByRole('button', { name: 'Why?' })[0] as HTMLElement);
    expect(Number(root.querySelector('[data-metric="activator"]')?.getAttribute('data-value'))).toBeGreaterThan(0);
    expect(Number(cell(root, 'no-pod', 'kpa'))).toBeGreaterThan(0);
    expect(Number(cell(root, 'no-pod', 'alt'))).toBe(0);
  });

  it('reports a link it cannot use and falls back to the defaults', async () => {
    await renderWidget('?as=rps.999_storage.ftp');
    await waitFor(() => expect(noticeStore.getState().notices.some((n) => /autoscaling widget/.test(n.message))).toBe(true));
  });
});

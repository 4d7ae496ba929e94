import '../inView.ts';
import { cleanup, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import { BatchingWidget } from '../../../../../src/ui/widgets/batching/BatchingWidget.tsx';
import { batchingModel } from '../../../../../src/widget-models/batching/model.ts';
import type { BatchPresetId } from '../../../../../src/widget-models/batching/presets.ts';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

/** Renders the widget on a one-route app with a memory history, like a lesson page would. */
const renderWidget = (search = '', preset: BatchPresetId = 'late-arrivals') =>
  renderSlot(<BatchingWidget id="cb" preset={preset} />, { ns: 'cb', title: /Batching/, url: search });

const slider = (root: HTMLElement) => within(root).getByRole('slider', { name: 'Timeline position' }) as HTMLInputElement;
const metric = (root: HTMLElement, name: string) => Number(root.querySelector(`[data-metric="${name}"]`)?.getAttribute('data-value'));

afterEach(() => {
  noticeStore.setState({ notices: [] });
  vi.restoreAllMocks();
});

describe('batching widget', { timeout: 30_000 }, () => {
  it('steps, seeks and plays, and explains the step on screen', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget();
    expect(slider(root)).toHaveValue('0');
    await user.click(within(root).getByRole('button', { name: 'Step forward' }));
    expect(slider(root)).toHaveValue('1');
    expect(await within(root).findByRole('heading', { name: 'Why? Continuous step 1' })).toBeInTheDocument();
    expect(within(root).getByRole('table', { name: 'Who got tokens this step' })).toHaveTextContent(/whole prompt \(200 tokens\) in one step/);
    await user.click(within(root).getByRole('button', { name: 'Go to end' }));
    expect(Number(slider(root).value)).toBeGreaterThan(200);
    await user.click(within(root).getByRole('button', { name: 'Play' }));
    expect(within(root).getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(root).getByRole('button', { name: 'Pause' }));
    // Play from the end starts over, and how far it gets before Pause depends on the machine:
    // explain the last step, where the static run has certainly started.
    await user.click(within(root).getByRole('button', { name: 'Go to end' }));
    await user.click(within(root).getByRole('button', { name: 'Explain static step' }));
    expect(await within(root).findByRole('heading', { name: /Why\? Static step \d+/ })).toBeInTheDocument();
  });

  it('answers shortcuts only with focus inside, and never while typing in a field', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget();
    await user.keyboard('.');
    expect(slider(root)).toHaveValue('0');
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('...');
    expect(slider(root)).toHaveValue('3');
    await user.keyboard('{ArrowLeft}');
    expect(slider(root)).toHaveValue('2');
    await user.keyboard('p');
    expect(within(root).getByRole('button', { name: 'Policy: priority' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(root).getByText('Settings'));
    const seed = within(root).getByLabelText(/^Seed/);
    await user.clear(seed);
    await user.type(seed, '7.');
    expect(within(root).getByRole('button', { name: 'Policy: priority' })).toBeInTheDocument();
  });

  it('writes its state into its own search param and restores it from a link', async () => {
    const user = userEvent.setup();
    const first = await renderWidget();
    within(first.root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('a-...');
    await waitFor(() => expect(first.search()).toBe('v.1_rate.5_kvb.769_f.3'));
    const link = first.search();
    cleanup();

    const second = await renderWidget(`?cb=${link}_view.table_model.llama-3.2-1b`);
    expect(within(second.root).getByText(/769 KV blocks/)).toBeInTheDocument();
    expect(slider(second.root)).toHaveValue('3');
    expect(within(second.root).getByRole('table', { name: /^Requests at/ })).toBeInTheDocument();
    expect(within(second.root).getByText(/Model and GPU: Llama-3\.2-1B on H100/)).toBeInTheDocument();
  });

  it('redraws for zoom and the table view without a new run; the hardware panel reruns; Reset undoes all three', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget('?cb=f.40');
    // Without workers (jsdom) the kit runs the model here: count the runs it starts.
    const starts = vi.spyOn(batchingModel, 'start');
    await user.click(within(root).getByRole('button', { name: 'Zoom in' }));
    await user.click(within(root).getByRole('button', { name: 'Show as tables' }));
    expect(starts).not.toHaveBeenCalled();
    await waitFor(() => expect(search()).toBe('v.1_f.40_zoom.2_view.table'));
    expect(slider(root)).toHaveValue('40');
    // The panel gives one hardware selection; the store and the link keep its fields flat.
    await user.click(within(root).getByText(/^Model and GPU/));
    await user.selectOptions(within(root).getByLabelText('Model'), 'llama-3.2-1b');
    await waitFor(() => expect(search()).toMatch(/model\.llama-3\.2-1b/));
    expect(starts).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(within(root).getByText(/Model and GPU: Llama-3\.2-1B on H100/)).toBeInTheDocument(), { timeout: 25_000 });
    await user.click(within(root).getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(search()).toBe(''), { timeout: 25_000 });
    expect(within(root).getByRole('button', { name: 'Show as tables' })).toBeInTheDocument();
    await waitFor(() => expect(within(root).getByText(/Model and GPU: Llama-3\.1-8B on H100/)).toBeInTheDocument(), { timeout: 25_000 });
  });

  it('falls back to defaults with a notice on an impossible link, never a crash', async () => {
    const { root } = await renderWidget('?cb=rate.7_kvb.abc_model.gpt-9_f.2');
    expect(within(root).getByText(/6 requests/)).toBeInTheDocument();
    expect(slider(root)).toHaveValue('2');
    const notice = noticeStore.getState().notices.find((n) => n.id === 'url:cb');
    expect(notice?.message).toMatch(/rate=7, numGpuBlocks=abc, model=gpt-9/);
  });

  it('shows vLLM’s refusal instead of a timeline when the pool is too small', async () => {
    const { root } = await renderWidget('?cb=kvb.20');
    expect(within(root).getByRole('alert')).toHaveTextContent(/vLLM would not start with these settings: .*cannot hold one maxModelLen/);
  });

  it('jumps to preemptions and says who was preempted and why', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget('', 'preemption');
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('n');
    expect(Number(slider(root).value)).toBeGreaterThan(1);
    await waitFor(() => expect(root.querySelector('[data-preempted]')).not.toBeNull());
    const item = root.querySelector('[data-preempted]') as HTMLElement;
    expect(item).toHaveTextContent(/needed a new KV block and none was free\. Under FCFS the victim is the last request in the running list/);
    expect(root.querySelector('[data-reason="preempted"]')).toHaveTextContent(/Not considered: this step preempted a request/);
    expect(metric(root, 'cont-preemptions')).toBe(1);
  });

  it('compares both runs at the end: continuous gives the first token sooner', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget();
    await user.click(within(root).getByRole('button', { name: 'Go to end' }));
    await waitFor(() => expect(metric(root, 'stat-finished')).toBe(6));
    expect(metric(root, 'cont-finished')).toBe(6);
    expect(metric(root, 'cont-ttft-p50')).toBeLessThan(metric(root, 'stat-ttft-p50'));
    expect(metric(root, 'cont-throughput')).toBeGreaterThan(metric(root, 'stat-throughput'));
  });
  it('sets CPU time per step and async scheduling from labelled controls, and shows the GPU idle share', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget('', 'cpu-gap');
    await user.click(within(root).getByText('Settings'));
    const cpu = within(root).getByRole('slider', { name: 'CPU time per step' });
    expect(cpu).toHaveAttribute('aria-valuetext', '2.0 ms');
    const box = within(root).getByLabelText(/Async scheduling/) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(within(root).getByRole('button', { name: 'Go to end' }));
    expect(within(root).getByText(/GPU idle \d+ %/)).toBeInTheDocument();
    expect(within(root).getAllByText(/2\.0 ms the GPU waited for the CPU/).length).toBeGreaterThan(0);
    await user.click(box);
    await waitFor(() => expect(search()).toMatch(/async\.1/));
  });
});

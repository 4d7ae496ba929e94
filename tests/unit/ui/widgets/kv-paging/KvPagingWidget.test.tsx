import '../inView.ts';
import { cleanup, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import { KvPagingWidget } from '../../../../../src/ui/widgets/kv-paging/KvPagingWidget.tsx';
import type { KvPresetId } from '../../../../../src/widget-models/kv-paging/presets.ts';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

/** Renders the widget on a one-route app with a memory history, like a lesson page would. */
const renderWidget = (search = '', preset?: KvPresetId) =>
  renderSlot(<KvPagingWidget id="kv" {...(preset ? { preset } : {})} />, { ns: 'kv', title: /KV cache paging/, url: search });

const readout = (root: HTMLElement) => within(root).getByRole('slider', { name: 'Timeline position' });

afterEach(() => noticeStore.setState({ notices: [] }));

// Generous timeouts: the widget computes its run in slices, and CI machines are shared.
describe('KV paging widget', { timeout: 60_000 }, () => {
  it('steps, seeks and plays through the action buttons', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget();
    expect(readout(root)).toHaveValue('0');
    await user.click(within(root).getByRole('button', { name: 'Step forward' }));
    expect(readout(root)).toHaveValue('1');
    await user.click(within(root).getByRole('button', { name: 'Go to end' }));
    expect(Number((readout(root) as HTMLInputElement).value)).toBeGreaterThan(100);
    await user.click(within(root).getByRole('button', { name: 'Go to start' }));
    expect(readout(root)).toHaveValue('0');
    await user.click(within(root).getByRole('button', { name: 'Play' }));
    expect(within(root).getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(Number((readout(root) as HTMLInputElement).value)).toBeGreaterThan(0), { timeout: 5000 });
    await user.click(within(root).getByRole('button', { name: 'Pause' }));
    expect(within(root).getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('answers shortcuts only with focus inside, and never while typing in a field', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget();
    await user.keyboard('.');
    expect(readout(root)).toHaveValue('0'); // focus is on the body, outside the widget
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('...');
    expect(readout(root)).toHaveValue('3');
    await user.keyboard('{ArrowLeft}');
    expect(readout(root)).toHaveValue('2');
    await user.keyboard('=');
    expect(within(root).getByText('65 blocks × 32 tokens')).toBeInTheDocument(); // same memory, bigger blocks
    // The run is recomputed from scratch, but the moment on screen stays.
    await waitFor(() => expect(root.querySelector('[data-computing="false"]')).not.toBeNull(), { timeout: 25_000 });
    expect(readout(root)).toHaveValue('2');
    await user.click(within(root).getByText('Settings'));
    const seed = within(root).getByLabelText(/^Seed/);
    await user.clear(seed);
    await user.type(seed, '7.');
    expect(readout(root)).toHaveValue('2');
  });

  it('adds a request at the time on screen and selects requests by keyboard', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('{End}');
    await user.keyboard('{Home}....');
    await user.keyboard('a');
    await waitFor(() => expect(search()).toMatch(/rq\./), { timeout: 5000 });
    await user.keyboard('n');
    const list = within(root).getByRole('list', { name: 'Requests in the engine' });
    expect(within(list).getAllByRole('button', { pressed: true })).toHaveLength(1);
    expect(within(root).getByRole('table', { name: /Block table of R1/ })).toBeInTheDocument();
  });

  it('writes its state into its own search param and restores it from a link', async () => {
    const user = userEvent.setup();
    const first = await renderWidget();
    within(first.root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('p=...');
    await waitFor(() => expect(first.search()).toBe('v.1_bs.32_nb.65_pc.0_f.3'), { timeout: 5000 });
    const link = first.search();
    cleanup();

    const second = await renderWidget(`?kv=${link}_sel.r2_view.table`);
    expect(within(second.root).getByText('65 blocks × 32 tokens')).toBeInTheDocument();
    expect(within(second.root).getByRole('button', { name: 'Prefix caching' })).toHaveAttribute('aria-pressed', 'false');
    expect(readout(second.root)).toHaveValue('3');
    expect(within(second.root).getByRole('table', { name: /Requests in the engine/ })).toBeInTheDocument();
    expect(await within(second.root).findByRole('button', { name: /R2/, pressed: true }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('keeps the run when the selection or the view changes, and Reset brings both back', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget('?kv=f.60');
    const list = within(root).getByRole('list', { name: 'Requests in the engine' });
    await user.click(within(list).getAllByRole('button')[0] as HTMLElement);
    await user.click(within(root).getByRole('button', { name: 'Show as table' }));
    // View state rides in the settings behind the run's key: no new run starts.
    expect(root.querySelector('[data-computing="true"]')).toBeNull();
    await waitFor(() => expect(search()).toMatch(/^v\.1_f\.60_sel\.r\d+_view\.table$/), { timeout: 5000 });
    expect(readout(root)).toHaveValue('60');
    await user.click(within(root).getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(search()).toBe(''), { timeout: 20_000 });
    expect(within(root).getByRole('button', { name: 'Show as table' })).toBeInTheDocument();
    expect(readout(root)).toHaveValue('0');
    expect(within(root).queryByRole('button', { pressed: true, name: /^R\d/ })).toBeNull();
  });

  it('derives the block count from a model and GPU', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget();
    await user.click(within(root).getByText('Settings'));
    await user.click(within(root).getByText('Derive the blocks from a model and GPU'));
    const use = await within(root).findByRole('button', { name: /^Use [\d,]+ blocks$/ }, { timeout: 25_000 });
    const n = Number((use.textContent ?? '').replace(/\D/g, ''));
    expect(n).toBeGreaterThan(1000);
    await user.click(use);
    expect(within(root).getByText(`${n.toLocaleString('en-US')} blocks × 16 tokens`)).toBeInTheDocument();
  });

  it('falls back to defaults with a notice on an impossible link, never a crash', async () => {
    const { root } = await renderWidget('?kv=bs.0_nb.9999999_seed.abc_f.2', 'parallel-sampling');
    expect(within(root).getByText('96 blocks × 16 tokens')).toBeInTheDocument();
    expect(readout(root)).toHaveValue('2');
    const notice = noticeStore.getState().notices.find((n) => n.id === 'url:kv');
    expect(notice?.message).toMatch(/blockSize=0, numGpuBlocks=9999999, seed=abc/);
  });

  it('shows the table view and the comparison figures', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget('?kv=f.60');
    await user.click(within(root).getByRole('button', { name: 'Show as table' }));
    // Text panels follow the timeline a few times a second, not every frame.
    const table = await within(root).findByRole('table', { name: /Requests in the engine \(4\)/ }, { timeout: 5000 });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(root.querySelector('[data-metric="paged-token-share"]')?.getAttribute('data-value')).toBe('96.98');
    expect(Number(root.querySelector('[data-metric="contiguous-token-share"]')?.getAttribute('data-value'))).toBeLessThan(70);
  });
});

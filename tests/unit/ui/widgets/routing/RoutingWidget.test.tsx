import '../inView.ts';
import { fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import type { RoutingPresetId } from '../../../../../src/widget-models/routing/presets.ts';
import { RoutingWidget } from '../../../../../src/ui/widgets/routing/RoutingWidget.tsx';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

/** A small scenario, so both runs finish quickly in jsdom. */
const SMALL = 'rt=rate.4_dur.20_grp.12_n.4';

const renderWidget = (search = `?${SMALL}`, preset?: RoutingPresetId) =>
  renderSlot(<RoutingWidget id="rt" {...(preset ? { preset } : {})} />, { ns: 'rt', title: /Request routing/, url: search });

afterEach(() => noticeStore.setState({ notices: [] }));

describe('routing widget', { timeout: 40_000 }, () => {
  it('computes both sides and compares them on the same seed', async () => {
    const { root } = await renderWidget();
    const row = root.querySelector('[data-metric="hit-rate"]') as HTMLElement;
    const a = Number(row.querySelector('[data-side="a"]')?.getAttribute('data-value'));
    const b = Number(row.querySelector('[data-side="b"]')?.getAttribute('data-value'));
    expect(a).toBeGreaterThan(b); // prefix-aware vs round robin
    expect(within(root).getAllByRole('listitem').length).toBeGreaterThan(4);
    expect(within(root).getByText(/vllm-0/, { selector: 'strong' })).toBeInTheDocument();
  });

  it('explains the latest decision with a score table, and the Service side without one', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget();
    await user.click(within(root).getByRole('button', { name: 'Go to end' }));
    const table = await within(root).findByRole('table', { name: /Scheduler profile/ });
    expect(within(table).getByText(/✓ picked/)).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Prefix ×3/ })).toBeInTheDocument();
    await user.click(within(root).getByRole('button', { name: 'Show B' }));
    expect(within(root).getByRole('button', { name: 'Show B' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(within(root).getByText(/The Service sent it to/)).toBeInTheDocument());
  });

  it('selects requests by keyboard and keeps the state in the URL', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('{End}');
    await user.keyboard('b');
    await waitFor(() => expect(within(root).getByRole('heading', { name: /Why this pod\? Request r\d+/ })).toBeInTheDocument());
    await user.keyboard('2');
    // The side on show is view state: both sides are already computed, so nothing reruns.
    expect(root.querySelector('[data-computing="true"]')).toBeNull();
    await waitFor(() => expect(search()).toContain('side.b'));
    // Reset returns the settings and the view (side, selection) to the preset's.
    await user.keyboard('r');
    await waitFor(() => expect(search()).toBe(''), { timeout: 20_000 });
    expect(within(root).getByRole('button', { name: 'Show A' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('re-runs side A when a weight slider moves', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    await user.click(within(root).getByText('Scorer weights (side A)'));
    const prefix = within(root).getByRole('slider', { name: /Prefix prefix-cache-scorer/ });
    expect(prefix).toHaveValue('3');
    fireEvent.change(prefix, { target: { value: '2.5' } });
    await waitFor(() => expect(search()).toContain('wa.5x4x4'));
    await waitFor(() => expect(root.querySelector('[data-computing="false"]')).not.toBeNull(), { timeout: 20_000 });
    expect(within(root).getAllByText(/custom weights/).length).toBeGreaterThan(0);
  });

  it('opens a P/D link with prefill and decode pods', async () => {
    const { root } = await renderWidget('?rt=wl.long-prompt_rate.3_dur.15_n.4_pf.1_pb.llm-d-default_tb.pd_side.b');
    expect(within(root).getByText('prefill-0', { selector: 'strong' })).toBeInTheDocument();
    expect(within(root).getAllByText('decode').length).toBeGreaterThan(0);
    expect(root.querySelector('[data-metric="disaggregated"]')).not.toBeNull();
  });

  it('reports a link it cannot use and falls back to the defaults', async () => {
    await renderWidget('?rt=n.999_pa.nonsense');
    await waitFor(() => expect(noticeStore.getState().notices.some((n) => /routing widget/.test(n.message))).toBe(true));
  });
});

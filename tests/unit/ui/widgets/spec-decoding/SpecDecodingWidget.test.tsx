import '../inView.ts';
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import { SpecDecodingWidget } from '../../../../../src/ui/widgets/spec-decoding/SpecDecodingWidget.tsx';
import type { SpecPresetId } from '../../../../../src/widget-models/spec-decoding/presets.ts';
import { DEFAULT_SETTINGS } from '../../../../../src/widget-models/spec-decoding/settings.ts';
import { DetailRecorder } from '../../../../../src/widget-models/spec-decoding/simulate.ts';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

/** Renders the widget; waits for the step-by-step run, and for the sweeps too when `all`. */
async function renderWidget(search = '', preset?: SpecPresetId, all = false) {
  const widget = await renderSlot(<SpecDecodingWidget id="sd" {...(preset ? { preset } : {})} />, { ns: 'sd', title: /Speculative decoding/, url: search, waitForRun: all });
  if (!all) await waitFor(() => expect(widget.root.querySelector('figure[data-axis="k"]')).not.toBeNull(), { timeout: 30_000 });
  return widget;
}

const metric = (root: HTMLElement, name: string) => root.querySelector(`[data-metric="${name}"]`)?.getAttribute('data-value');

afterEach(() => noticeStore.setState({ notices: [] }));

describe('speculative-decoding widget', { timeout: 60_000 }, () => {
  it('labels every setting with the vLLM field it sets, and fills the three charts', async () => {
    const { root } = await renderWidget('', undefined, true);
    const w = within(root);
    expect(w.getByRole('combobox', { name: 'Drafter' })).toHaveAccessibleDescription(/--speculative-config "method"/);
    expect(w.getByRole('group', { name: 'Draft tokens per step' })).toHaveAccessibleDescription(/"num_speculative_tokens"/);
    expect(w.getByRole('group', { name: 'Batch size' })).toHaveAccessibleDescription(/--max-num-seqs/);
    expect(w.getByRole('slider', { name: 'Acceptance rate α' })).toHaveAttribute('aria-valuetext', '0.80');
    expect(w.getByRole('combobox', { name: 'GPU' })).toHaveValue('h100-sxm-80gb');
    for (const axis of ['k', 'acc', 'bs']) expect(root.querySelector(`figure[data-axis="${axis}"]`)?.getAttribute('data-complete')).toBe('true');
    expect(Number(metric(root, 'speedup'))).toBeGreaterThan(2);
    expect(w.getByText('vllm:spec_decode_num_drafts')).toBeInTheDocument();
    expect(root.querySelector('.sd-command code')?.textContent).toContain(`--speculative-config '{"method": "eagle3", "model": "RedHatAI/Llama-3.1-8B-Instruct-speculator.eagle3", "num_speculative_tokens": 3}'`);
  });

  it('shows each step’s drafts and, at the end, the engine’s own spec-decode counters', async () => {
    const user = userEvent.setup();
    const { root } = await renderWidget();
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('{End}');
    const d = new DetailRecorder(DEFAULT_SETTINGS);
    while (d.step());
    const m = d.metrics().spec_decode;
    await waitFor(() => expect(Number(metric(root, 'num_drafts'))).toBe(m?.num_drafts));
    expect(Number(metric(root, 'num_accepted_tokens'))).toBe(m?.num_accepted_tokens);
    expect(Number(metric(root, 'mean_acceptance_length'))).toBeCloseTo(m?.mean_acceptance_length ?? 0, 9);
    // Back a few steps: a request mid-answer shows its accepted prefix, a rejection or a bonus token.
    const slider = within(root).getByRole('slider', { name: 'Timeline position' });
    act(() => {
      fireEvent.change(slider, { target: { value: '20' } });
    });
    await waitFor(() => expect(root.querySelector('.sd-row[data-req="r0"]')?.getAttribute('data-phase')).toBe('verify'));
    const row = root.querySelector('.sd-row[data-req="r0"]') as HTMLElement;
    const accepted = Number(row.dataset.accepted);
    expect(row.querySelectorAll('[data-kind="accepted"]')).toHaveLength(accepted);
    expect(row.querySelectorAll('[data-kind="rejected"], [data-kind="bonus"]').length).toBe(1);
    expect(within(row).getByRole('img').getAttribute('aria-label')).toMatch(/^r0, \d+ tokens so far: \d tokens?: (all 3 drafts accepted \+ bonus token|\d of 3 drafts accepted, \d(st|nd|rd) rejected \+ target’s token)$/);
  });

  it('changes k by keyboard and the drafter by its field, keeping both in the URL', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    within(root).getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('=');
    await waitFor(() => expect(search()).toContain('k.4'), { timeout: 5000 });
    expect(within(within(root).getByRole('group', { name: 'Draft tokens per step' })).getByText('4 tokens')).toBeInTheDocument();
    fireEvent.change(within(root).getByRole('combobox', { name: 'Drafter' }), { target: { value: 'draft_model' } });
    await waitFor(() => expect(search()).toContain('method.draft-model'), { timeout: 5000 });
    expect(within(root).getByRole('combobox', { name: 'Draft model' })).toHaveAccessibleDescription(/"model"/);
    await waitFor(() => expect(root.querySelectorAll('.sd-row[data-req="r0"] .sd-slot')).toHaveLength(5), { timeout: 30_000 });
  });

  it('reports a link it cannot use and falls back to the defaults', async () => {
    await renderWidget('?sd=k.99_method.medusa');
    await waitFor(() => expect(noticeStore.getState().notices.some((n) => /speculative-decoding widget/.test(n.message))).toBe(true));
  });
});

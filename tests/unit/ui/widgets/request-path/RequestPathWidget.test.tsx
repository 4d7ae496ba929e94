import '../inView.ts';
import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../../src/state/notices.ts';
import { RequestPathWidget } from '../../../../../src/ui/widgets/request-path/RequestPathWidget.tsx';
import { presetOf } from '../../../../../src/widget-models/request-path/presets.ts';
import { startRequestPath } from '../../../../../src/widget-models/request-path/simulate.ts';
import { renderWidget as renderSlot } from '../renderWidget.tsx';

/** Renders the widget and waits until the traced request has its time to first token. */
async function renderWidget(search = '') {
  const widget = await renderSlot(<RequestPathWidget id="rp" preset="shared-prefix" />, { ns: 'rp', title: /One request through the stack/, url: search });
  await waitFor(() => expect(widget.root.querySelector('[data-metric="ttft"]')?.getAttribute('data-value')).not.toBe('0'), { timeout: 30_000 });
  return widget;
}

const expected = (patch = {}) => {
  const { frame: _f, speed: _sp, ...s } = presetOf('shared-prefix').state;
  const job = startRequestPath({ ...s, ...patch });
  while (!job.advance(50));
  return job.sim;
};

afterEach(() => noticeStore.setState({ notices: [] }));

describe('request-path widget', { timeout: 60_000 }, () => {
  it('shows the model’s figures for the traced request, with labelled controls and the gateway time marked as an assumption', async () => {
    const { root } = await renderWidget();
    const sim = expected();
    const r = sim.traced;
    if (!r) throw new Error('no traced request');
    const value = (m: string) => Number(root.querySelector(`dd[data-metric="${m}"]`)?.getAttribute('data-value'));
    expect(value('queue')).toBe(Math.round(r.queueUs));
    expect(value('prefill')).toBe(Math.round(r.prefillUs));
    expect(value('ttft')).toBe(Math.round(r.ttftUs));
    expect(value('e2e')).toBe(Math.round(r.e2eUs));
    expect(root.querySelector('dd[data-metric="gateway"]')?.textContent).toMatch(/not modelled: 0 ms assumed/);
    const w = within(root);
    expect(w.getByRole('combobox', { name: 'Routing policy' })).toBeInTheDocument();
    expect(w.getByRole('combobox', { name: 'Prompts' })).toBeInTheDocument();
    expect(w.getByRole('group', { name: 'Tenants' })).toBeInTheDocument();
    expect(w.getByRole('slider', { name: 'Load' })).toBeInTheDocument();
    expect(w.getByRole('img', { name: /Time to first token: queue wait .*, prefill / })).toBeInTheDocument();
    expect(w.getByRole('list', { name: "The request's path" }).querySelectorAll('li')).toHaveLength(5);
    expect(w.getByText(/What this model simplifies/)).toBeInTheDocument();
    // The chosen pod's row is marked in the picker's table.
    expect(root.querySelector('.rp-scores tr[data-picked="true"] th')?.textContent).toBe(r.podName);
    // Both routers in the comparison, from the same run.
    expect(Number(root.querySelector('tr[data-metric="req-ttft"] td[data-policy="rr"]')?.getAttribute('data-value'))).toBe(sim.other?.ttftUs);
  });

  it('switches to round robin, reruns, and keeps the policy in the URL', async () => {
    const user = userEvent.setup();
    const { root, search } = await renderWidget();
    await user.selectOptions(within(root).getByRole('combobox', { name: 'Routing policy' }), 'rr');
    await waitFor(() => expect(search()).toContain('pol.rr'));
    const rr = expected({ policy: 'rr' });
    await waitFor(() => expect(Number(root.querySelector('dd[data-metric="ttft"]')?.getAttribute('data-value'))).toBe(Math.round(rr.traced?.ttftUs ?? NaN)), { timeout: 30_000 });
    expect(root.querySelector('.rp-scores caption')?.textContent).toMatch(/Round robin/);
  });

  it('reads its settings from the URL', async () => {
    const { root } = await renderWidget('?rp=tenants.8_rate.4');
    expect(within(root).getByRole('group', { name: 'Tenants' }).querySelector('output')?.textContent).toMatch(/8 tenants/);
    expect(Number(root.querySelector('dd[data-metric="ttft"]')?.getAttribute('data-value'))).toBe(Math.round(expected({ tenants: 8, rate: 4 }).traced?.ttftUs ?? NaN));
  });
});

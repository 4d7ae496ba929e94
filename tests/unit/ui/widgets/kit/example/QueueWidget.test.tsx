/**
 * The example widget of docs/widget-kit.md, built only from its model, its drawing and its
 * settings: checks that what the guide promises (worker-or-slices run, URL with short keys and a
 * version, playback, reset, keyboard, a contained preset typo) holds for a widget built that way.
 */
import '../../inView.ts';
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeStore } from '../../../../../../src/state/notices.ts';
import { renderWidget } from '../../renderWidget.tsx';
import { QueueWidget } from './QueueWidget.tsx';
import { DECODE_STEPS, STEPS, queueModel } from './model.ts';

const now = (root: HTMLElement) => root.querySelector('.queue-now')?.textContent;

afterEach(() => noticeStore.setState({ notices: [] }));

describe('a widget built with defineWidget', { timeout: 30_000 }, () => {
  it('runs its model and shows the frame on screen', async () => {
    const { root } = await renderWidget(<QueueWidget id="q" />, { ns: 'q', title: 'A queue in front of four slots' });
    expect(within(root).getByText('One request a step, four steps each: the slots keep up.')).toBeInTheDocument();
    const slider = within(root).getByRole('slider');
    expect(slider).toHaveAttribute('aria-valuetext', `step 1 of ${STEPS}`);
    expect(now(root)).toBe('0 waiting, 1 decoding');
    fireEvent.keyDown(root.querySelector('[data-widget="example-queue"]') as HTMLElement, { key: 'End' });
    // One arrival a step, four steps each: four decoding, none waiting, once it settles.
    await waitFor(() => expect(now(root)).toBe(`0 waiting, ${DECODE_STEPS} decoding`));
  });

  it('keeps changed settings in the URL under short keys and a version, and resets to its preset', async () => {
    const { root, search } = await renderWidget(<QueueWidget id="q" preset="overload" />, { ns: 'q', title: 'Twice the traffic' });
    const last = queueModel.start({ arrivals: 2, slots: 4 });
    last.advance(Infinity);
    await waitFor(() => expect(now(root)).toBe(`${last.sim.frames[STEPS - 1]?.waiting} waiting, 4 decoding`));
    await act(async () => within(root).getByRole('button', { name: '+ slot' }).click());
    await waitFor(() => expect(search()).toBe('v.1_s.5'));
    await waitFor(() => expect(now(root)).toMatch(/ 5 decoding$/));
    fireEvent.keyDown(root.querySelector('[data-widget="example-queue"]') as HTMLElement, { key: 'r' });
    await waitFor(() => expect(search()).toBe(''));
    expect(now(root)).toMatch(/ 4 decoding$/);
  });

  it('resets to the first frame with the whole timeline when the settings are already the preset', async () => {
    const { root } = await renderWidget(<QueueWidget id="q" />, { ns: 'q', title: /queue/ });
    const widget = root.querySelector('[data-widget="example-queue"]') as HTMLElement;
    fireEvent.keyDown(widget, { key: 'End' });
    await waitFor(() => expect(within(root).getByRole('slider')).toHaveAttribute('aria-valuetext', `step ${STEPS} of ${STEPS}`));
    // Nothing to rerun: the timeline keeps the result's length rather than waiting for a run that never comes.
    fireEvent.keyDown(widget, { key: 'r' });
    await waitFor(() => expect(within(root).getByRole('slider')).toHaveAttribute('aria-valuetext', `step 1 of ${STEPS}`));
    expect(root.querySelector('[data-computing="false"]')).not.toBeNull();
  });

  it('opens a shared link, and says which of its settings it could not use', async () => {
    const { root } = await renderWidget(<QueueWidget id="q" />, { ns: 'q', title: /queue/, url: '?q=v.1_a.0_s.99_f.3' });
    expect(within(root).getByRole('slider')).toHaveAttribute('aria-valuetext', `step 4 of ${STEPS}`);
    expect(now(root)).toBe('0 waiting, 0 decoding');
    await waitFor(() => expect(noticeStore.getState().notices.map((n) => n.message).join()).toMatch(/the queue widget cannot use \(slots=99\)/));
  });

  it('fails inside its own slot on an unknown preset', async () => {
    const { root } = await renderWidget(<QueueWidget id="q" preset="overlaod" />, { ns: 'q', title: 'Queue', waitForRun: false });
    await waitFor(() => expect(within(root).getByRole('alert')).toHaveTextContent(/The queue widget has no preset “overlaod”\. Known presets: sandbox, overload/));
  });
});

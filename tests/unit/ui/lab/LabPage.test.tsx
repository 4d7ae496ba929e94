/**
 * The Lab page in the real app router: the URL's settings reach the workbench and run at once,
 * an invalid param becomes a notice and a default, a challenge opened by URL is run, graded and
 * saved. The engine sandboxes (tested with their widgets) are stubbed here.
 */
import '../widgets/inView.ts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LAB_PROGRESS_KEY, resetLabProgressStoreForTests } from '../../../../src/state/labProgress.ts';
import { noticeStore } from '../../../../src/state/notices.ts';
import { renderApp } from '../app/renderApp.tsx';

vi.mock('../../../../src/ui/lab/EngineSandboxes.tsx', () => ({ default: () => <p>Engine sandboxes stub</p> }));

const bench = () => screen.getByRole('region', { name: /^Workbench/ });
/** The workbench loads after the page's first paint (its own chunk) and renders as a transition: wait for it. */
const benchLoaded = () => waitFor(() => expect(bench().querySelector('[data-widget="lab"]')).not.toBeNull(), { timeout: 25_000 });
const select = (name: string) => within(bench()).getByRole('combobox', { name }) as HTMLSelectElement;

beforeEach(() => {
  localStorage.clear();
  resetLabProgressStoreForTests();
  noticeStore.setState({ notices: [] });
});

describe('Lab page', () => {
  it('opens the decision chooser’s links: /lab?pattern=<id>&workload=<id> runs that pattern on that workload', async () => {
    await renderApp('/lab?pattern=disaggregated&workload=summarize');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lab' })).toBeInTheDocument();
    await benchLoaded();
    expect(select('Pattern').value).toBe('disaggregated');
    expect(select('Workload').value).toBe('summarize');
    expect(await within(bench()).findByText(/^Result: Prefill\/decode disaggregation, 10 req\/s of summarize/, {}, { timeout: 25_000 })).toBeInTheDocument();
    const table = within(bench()).getByRole('table', { name: /Metrics of this run/ });
    expect(within(table).getByRole('rowheader', { name: 'TTFT p90' })).toBeInTheDocument();
    expect(within(bench().querySelector('.lab-why') as HTMLElement).getByText(/prefill \+ \d+ decode replicas/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Engine sandboxes' })).toBeInTheDocument();
  });

  it('carries qps, gpus, gpu and model in the URL', async () => {
    await renderApp('/lab?pattern=replicated&workload=chat&qps=4&gpus=4&gpu=h200-141gb&model=llama-3.1-8b');
    await screen.findByRole('heading', { level: 1, name: 'Lab' });
    await benchLoaded();
    expect(select('GPU').value).toBe('h200-141gb');
    expect(select('Model').value).toBe('llama-3.1-8b');
    expect(within(bench()).getByRole('slider', { name: 'Request rate' })).toHaveValue('4');
    expect(within(bench()).getByRole('slider', { name: 'GPU budget' })).toHaveValue('4');
    expect(await within(bench()).findByText(/^Result: Replicas behind a load balancer, 4 req\/s of chat on up to 4 GPUs/, {}, { timeout: 25_000 })).toBeInTheDocument();
  });

  it('turns invalid params into a notice and defaults, never a crash', async () => {
    await renderApp('/lab?pattern=mega-cluster&workload=chat&qps=9999&challenge=win-everything');
    await screen.findByRole('heading', { level: 1, name: 'Lab' });
    await benchLoaded();
    const notice = noticeStore.getState().notices.find((n) => n.id === 'search:the Lab');
    expect(notice?.message).toMatch(/pattern="mega-cluster"/);
    expect(notice?.message).toMatch(/qps=9999/);
    expect(notice?.message).toMatch(/challenge="win-everything"/);
    expect(select('Pattern').value).toBe('caching-first');
    expect(select('Workload').value).toBe('chat');
    expect(within(bench()).getByRole('slider', { name: 'Request rate' })).toHaveValue('10');
  });

  it('a configuration that cannot run says why in the result', async () => {
    await renderApp('/lab?pattern=disaggregated&gpus=2');
    await screen.findByRole('heading', { level: 1, name: 'Lab' });
    await benchLoaded();
    expect(await within(bench()).findByRole('alert')).toHaveTextContent(/cannot run: .*needs at least 2/);
  });

  it('opens a challenge by URL, grades a run, and saves the best score with a version', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/lab?challenge=fix-one-giant-replica');
    await screen.findByRole('heading', { level: 2, name: 'Workbench: Fix it: one giant replica' }, { timeout: 25_000 });
    await benchLoaded();
    // Locked settings are listed, not offered.
    expect(within(bench()).queryByRole('combobox', { name: 'Workload' })).toBeNull();
    expect(within(bench()).getByText(/Fixed by the challenge: .*7 req\/s/)).toBeInTheDocument();
    await user.click(within(bench()).getByRole('button', { name: 'Run and grade' }));
    const grade = () => bench().querySelector('.lab-grade') as HTMLElement;
    await vi.waitFor(() => expect(grade()).toHaveAttribute('data-grade', 'failed'), { timeout: 25_000 });
    expect(grade()).toHaveTextContent('✗ Not yet');
    // The fix: smaller replicas behind a load-aware router.
    await user.selectOptions(select('Pattern'), 'caching-first');
    await vi.waitFor(() => expect(router.state.location.search).toMatchObject({ challenge: 'fix-one-giant-replica', pattern: 'caching-first' }));
    expect(within(bench()).getByText(/settings changed since this result/)).toBeInTheDocument();
    await user.click(within(bench()).getByRole('button', { name: 'Run and grade' }));
    await vi.waitFor(() => expect(grade()).toHaveTextContent(/par .*\(at par\)/), { timeout: 25_000 });
    expect(grade()).toHaveTextContent('✓ Passed');
    const saved = JSON.parse(localStorage.getItem(LAB_PROGRESS_KEY) ?? 'null');
    expect(saved.version).toBe(1);
    expect(saved.state.challenges['fix-one-giant-replica']).toMatchObject({ attempts: 2 });
    expect(saved.state.challenges['fix-one-giant-replica'].bestScore).toBeCloseTo(saved.state.challenges['fix-one-giant-replica'].par, 10);
    const item = screen.getByRole('link', { name: 'Fix it: one giant replica' }).closest('li') as HTMLElement;
    expect(item).toHaveTextContent(/Passed · best .* \(par or better\)/);
  });

  it('replaces a link’s values for locked settings, and says so', async () => {
    await renderApp('/lab?challenge=tiered-rag&workload=chat&gpus=64');
    await screen.findByRole('heading', { level: 2, name: 'Workbench: RAG over more documents than the GPUs hold' }, { timeout: 25_000 });
    const notice = noticeStore.getState().notices.find((n) => n.id === 'lab:locked');
    expect(notice?.message).toMatch(/fixes workload, gpus/);
  });
});

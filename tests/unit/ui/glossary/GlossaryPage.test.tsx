import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { GLOSSARY } from '../../../../src/content/glossary/index.ts';
import { GlossaryPage, type GlossarySearch } from '../../../../src/ui/glossary/GlossaryPage.tsx';
import { renderWithRouter } from '../quiz/harness.tsx';

function Harness({ initial }: { initial?: Partial<GlossarySearch> }) {
  const [search, setSearch] = useState<GlossarySearch>({ q: '', section: 'terms', category: 'all', ...initial });
  return <GlossaryPage search={search} onSearchChange={(n) => setSearch((s) => ({ ...s, ...n }))} />;
}

// Rendering the full A–Z list in jsdom is slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

describe('GlossaryPage', () => {
  it('lists every term A–Z with a link to its page', async () => {
    renderWithRouter(<Harness />);
    // Text queries: role queries over ~200 entries are slow in jsdom.
    expect(await screen.findByText(`${GLOSSARY.length} terms.`)).toHaveAttribute('role', 'status');
    expect(screen.getByText('PagedAttention').closest('a')).toHaveAttribute('href', '/glossary/paged-attention');
    expect(screen.getByLabelText('Jump to letter')).toBeInTheDocument();
  });

  it('searches by acronym, alias and typo', async () => {
    const user = userEvent.setup();
    renderWithRouter(<Harness />);
    const box = await screen.findByRole('searchbox', { name: 'Search the glossary' });
    await user.type(box, 'TTFT');
    const results = () => within(screen.getByRole('list', { name: 'Matching terms' })).getAllByRole('listitem');
    expect(results()[0]).toHaveTextContent('Time to first token');
    await user.clear(box);
    await user.type(box, 'kv_cache_usage_perc');
    expect(results()[0]).toHaveTextContent('KV-cache usage');
    await user.clear(box);
    await user.type(box, 'preemptoin');
    expect(results()[0]).toHaveTextContent('Preemption');
    expect(screen.getByRole('status')).toHaveTextContent('matching “preemptoin”');
  });

  it('filters by topic and switches sections', async () => {
    const user = userEvent.setup();
    renderWithRouter(<Harness />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Topic' }), 'kserve');
    const kserveCount = GLOSSARY.filter((t) => t.category === 'kserve').length;
    expect(screen.getByRole('status')).toHaveTextContent(`${kserveCount} terms in KServe and Knative.`);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'all');
    await user.click(screen.getByRole('button', { name: 'Acronyms' }));
    expect(screen.getByRole('button', { name: 'Acronyms' })).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'TPOT' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Metrics and units' }));
    expect(screen.getByText('TPOT = (E2E − TTFT) / (output tokens − 1)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Benchmarks reference' }));
    expect(screen.getByText(/Up to 24× the throughput/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Model size classes' }));
    expect(screen.getByRole('heading', { name: 'Large dense (~70B)' })).toBeInTheDocument();
  });

  it('starts from the section and query in the URL', async () => {
    renderWithRouter(<Harness initial={{ section: 'acronyms', q: 'NIXL' }} />);
    expect(await screen.findByRole('status')).toHaveTextContent('1 acronym matching “NIXL”.');
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getTerm } from '../../../../src/content/glossary/index.ts';
import { TermNotFound } from '../../../../src/ui/glossary/TermNotFound.tsx';
import { TermPage } from '../../../../src/ui/glossary/TermPage.tsx';
import { renderWithRouter } from '../quiz/harness.tsx';

describe('TermPage', () => {
  it('shows the definition, formula, example, related terms, lesson and source', async () => {
    const term = getTerm('tpot');
    if (!term) throw new Error('missing');
    renderWithRouter(<TermPage term={term} />);
    expect(await screen.findByRole('heading', { level: 1, name: /Time per output token/ })).toBeInTheDocument();
    expect(screen.getByText('TPOT = (E2E latency − TTFT) / (output tokens − 1)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Example' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inter-token latency' })).toHaveAttribute('href', '/glossary/itl');
    expect(screen.getByRole('link', { name: 'Monitoring and metrics' })).toHaveAttribute('href', '/learn/kserve/monitoring');
    expect(screen.getByRole('link', { name: term.source.label })).toHaveAttribute('href', term.source.url);
    expect(screen.getByText(/Your progress: Not started/)).toBeInTheDocument();
  });
});

describe('TermNotFound', () => {
  it('explains and suggests close matches instead of crashing', async () => {
    renderWithRouter(<TermNotFound id="paged-atention" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'No glossary term “paged-atention”' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'PagedAttention' })).toHaveAttribute('href', '/glossary/paged-attention');
    expect(screen.getByRole('link', { name: /Search the glossary for/ })).toBeInTheDocument();
  });
});

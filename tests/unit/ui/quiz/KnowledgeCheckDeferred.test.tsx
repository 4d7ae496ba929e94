import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KnowledgeCheck } from '../../../../src/ui/quiz/KnowledgeCheck.tsx';
import { renderWithRouter } from './harness.tsx';

// The shared setup's IntersectionObserver never reports an element in view: a reader far above.
describe('KnowledgeCheck far from the reader', () => {
  it('keeps its place but loads no questions until the reader comes near', async () => {
    renderWithRouter(<KnowledgeCheck lesson="overview/the-serving-stack" />);
    const region = await screen.findByRole('region', { name: 'Knowledge check' });
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(region).toHaveTextContent('Loading the knowledge check…');
    expect(screen.queryByRole('heading', { name: /Question 1 of/ })).toBeNull();
  });
});

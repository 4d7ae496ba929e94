/** The three llm-d lessons render with their widgets and knowledge checks. */
import '../inView.ts';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/renderApp.tsx';

const LESSONS = [
  { path: '/learn/llm-d/inference-gateway', title: /Inference gateway/, widgets: 2 },
  { path: '/learn/llm-d/disaggregated-serving', title: /Disaggregated serving/, widgets: 2 },
  { path: '/learn/llm-d/kv-cache-tiers', title: /Multi-tier KV caching/, widgets: 1 },
];

describe('llm-d lessons', { timeout: 60_000 }, () => {
  for (const l of LESSONS) {
    it(`${l.path} renders its widgets and knowledge check`, async () => {
      await renderApp(l.path);
      expect(await screen.findByRole('heading', { level: 1 }, { timeout: 25_000 })).toHaveTextContent(l.title);
      await waitFor(() => expect(document.querySelectorAll('[data-widget="routing"]')).toHaveLength(l.widgets), { timeout: 25_000 });
      // The body mounts part by part; the knowledge check is in its last part.
      expect(await screen.findByRole('heading', { name: 'Knowledge check' }, { timeout: 25_000 })).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    });
  }
});

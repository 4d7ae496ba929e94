import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lessonComponents } from '../../../../src/lessons/loaders.ts';

/** Renders one lesson body on a one-route app, as the lesson page would. */
function renderLesson(file: string) {
  const Lesson = lessonComponents[file];
  if (!Lesson) throw new Error(`no lesson ${file}`);
  const rootRoute = createRootRoute({
    component: () => (
      <Suspense fallback={<p>Loading</p>}>
        <Lesson />
      </Suspense>
    ),
  });
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: ['/'] }) });
  render(<RouterProvider router={router} />);
}

describe('the autoscaling and monitoring lessons', { timeout: 60_000 }, () => {
  it('autoscaling renders its sections and knowledge check', async () => {
    renderLesson('./04-kserve/02-autoscaling.mdx');
    expect(await screen.findByRole('heading', { level: 2, name: 'The decision, step by step' }, { timeout: 25_000 })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThanOrEqual(8);
    expect(document.querySelector('.knowledge-check[data-lesson="kserve/autoscaling"]')).not.toBeNull();
  });

  it('monitoring embeds a working metrics reader', async () => {
    const user = userEvent.setup();
    renderLesson('./04-kserve/04-monitoring.mdx');
    const reader = await screen.findByRole('region', { name: 'Read your server’s metrics' }, { timeout: 25_000 });
    await user.click(within(reader).getByRole('button', { name: 'Load a sample' }));
    expect(await within(reader).findByRole('article', { name: 'meta-llama/Llama-3.1-8B-Instruct · engine 0' })).toHaveTextContent('p50 137 ms');
    expect(document.querySelector('.knowledge-check[data-lesson="kserve/monitoring"]')).not.toBeNull();
  });
});

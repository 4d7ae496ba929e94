import '../inView.ts';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lessonComponents } from '../../../../../src/lessons/loaders.ts';

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

describe('the three batching lessons', { timeout: 60_000 }, () => {
  it.each([
    ['./02-vllm/03-continuous-batching.mdx', ['Batching: late arrivals', 'Batching: more requests than static batching can keep up with'], 'vllm/continuous-batching'],
    ['./02-vllm/04-chunked-prefill.mdx', ['Batching: long prompts meet running decodes', 'Batching: capping one request’s share: long_prefill_token_threshold'], 'vllm/chunked-prefill'],
    ['./02-vllm/05-preemption.mdx', ['Batching: too few KV blocks', 'Batching: preemption under the priority policy'], 'vllm/preemption'],
  ])('%s embeds its widgets and its knowledge check', async (file, widgets, lesson) => {
    renderLesson(file);
    for (const name of widgets) expect(await screen.findByRole('region', { name }, { timeout: 25_000 })).toBeInTheDocument();
    expect(document.querySelector(`.knowledge-check[data-lesson="${lesson}"]`)).not.toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThanOrEqual(4);
  });
});

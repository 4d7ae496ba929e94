import { createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { routeTree } from './routeTree.gen.ts';
import { registerServiceWorker } from './ui/chrome/registerServiceWorker.ts';
import { startThemeSync } from './ui/chrome/theme.ts';
import './ui/styles/global.css';

startThemeSync();
registerServiceWorker();

const makeRouter = () => createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const mount = root;

/** A new task, so that start-up runs as a few short tasks rather than one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Start-up runs in steps, each its own task: build the router, load the route, then render. The
// route is loaded before React starts, so the first render draws the page once instead of an
// empty layout that the router then fills (two render passes), and rendering in a transition lets
// React split that render into short tasks. A phone's main thread stays free for input between them.
async function start() {
  await nextTask();
  const router = makeRouter();
  await nextTask();
  // A failed load is shown by the route's error boundary; the app starts either way.
  await router.load().catch((error: unknown) => console.error(error));
  startTransition(() => {
    createRoot(mount).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  });
}
void start();

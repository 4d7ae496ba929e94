import { createRootRoute, Outlet, useRouterState } from '@tanstack/react-router';
import { ErrorBoundary } from '../ui/chrome/ErrorBoundary.tsx';
import { Header } from '../ui/chrome/Header.tsx';
import { NoticeBar } from '../ui/chrome/NoticeBar.tsx';
import { NotFoundPage } from '../ui/pages/NotFoundPage.tsx';

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

function RootLayout() {
  const path = useRouterState({ select: (s) => s.location.pathname });
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <NoticeBar />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary what="this page" resetKey={path}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p className="muted">Serving Lab · works offline once loaded · progress stays in this browser</p>
      </footer>
    </>
  );
}

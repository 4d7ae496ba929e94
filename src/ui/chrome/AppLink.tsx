import { useRouter } from '@tanstack/react-router';
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from 'react';

type AppLinkProps = Omit<ComponentProps<'a'>, 'href'> & { readonly href: string };

/**
 * An anchor to a path inside the app that navigates through the router (no reload, works
 * offline) and preloads the route on intent, as the router's `Link` does. Unlike `Link`, it
 * does not build and match a location on every render: a lesson holds dozens of glossary and
 * cross-links, and those renders were a measurable share of a lesson's first render on a phone.
 */
export function AppLink({ href, onClick, onMouseEnter, onFocus, onTouchStart, ...rest }: AppLinkProps) {
  const router = useRouter();
  const preload = () => {
    router.preloadRoute({ href } as Parameters<typeof router.preloadRoute>[0]).catch(() => {
      // A failed preload is retried by the navigation itself.
    });
  };
  return (
    <a
      {...rest}
      href={href}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(e);
        // Let the browser handle new tabs, downloads and anything a handler already took.
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        if (rest.target && rest.target !== '_self') return;
        e.preventDefault();
        void router.navigate({ href } as Parameters<typeof router.navigate>[0]);
      }}
      onMouseEnter={(e: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(e);
        preload();
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(e);
        preload();
      }}
      onTouchStart={(e: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(e);
        preload();
      }}
    />
  );
}

/** The path of a lesson page. */
export const lessonHref = (module: string, lesson: string): string => `/learn/${encodeURIComponent(module)}/${encodeURIComponent(lesson)}`;

/** The path of a glossary term's page. */
export const termHref = (id: string): string => `/glossary/${encodeURIComponent(id)}`;

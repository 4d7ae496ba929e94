import { AppLink } from '../chrome/AppLink.tsx';
import type { MDXComponents } from 'mdx/types';
import { type ComponentProps, useRef } from 'react';
import { CopyButton } from './CopyButton.tsx';

/** Internal links go through the router (no full reload, works offline); external ones open as usual. */
function Anchor({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) {
    return (
      <AppLink href={href} {...rest}>
        {children}
      </AppLink>
    );
  }
  return (
    <a href={href} rel={href.startsWith('#') ? undefined : 'noreferrer'} {...rest}>
      {children}
    </a>
  );
}

/** Wide tables scroll inside their own box instead of widening a phone's page. */
function Table(props: ComponentProps<'table'>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
      <table {...props} />
    </div>
  );
}

/**
 * Code blocks scroll sideways on a phone rather than wrap (YAML indentation must stay intact); the
 * scrolling box takes keyboard focus. Each has a copy button: learners paste these into clusters.
 */
function Pre(props: ComponentProps<'pre'>) {
  const ref = useRef<HTMLPreElement>(null);
  return (
    <div className="code-block">
      <CopyButton getText={() => (ref.current?.textContent ?? '').replace(/\n$/, '')} label="Copy code" />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <pre ref={ref} tabIndex={0} {...props} />
    </div>
  );
}

export const mdxComponents: MDXComponents = { a: Anchor, table: Table, pre: Pre };

import { Link } from '@tanstack/react-router';
import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';

/** Internal links go through the router (no full reload, works offline); external ones open as usual. */
function Anchor({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link to={href} {...(rest as object)}>
        {children}
      </Link>
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

/** Code blocks scroll sideways on a phone rather than wrap (YAML indentation must stay intact); the scrolling box takes keyboard focus. */
function Pre(props: ComponentProps<'pre'>) {
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
  return <pre tabIndex={0} {...props} />;
}

export const mdxComponents: MDXComponents = { a: Anchor, table: Table, pre: Pre };

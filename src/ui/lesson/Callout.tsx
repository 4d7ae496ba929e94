import type { ReactNode } from 'react';

const TITLES = { note: 'Note', numbers: 'By the numbers', caveat: 'Caveat', try: 'Try it' } as const;

/** A boxed aside in a lesson; the kind is spelled out in text, not conveyed by colour alone. */
export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof TITLES; title?: string; children: ReactNode }) {
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ?? TITLES[kind]}>
      <p className="callout-title">{title ?? TITLES[kind]}</p>
      {children}
    </aside>
  );
}

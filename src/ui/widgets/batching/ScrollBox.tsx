import type { ReactNode } from 'react';

/** A box that scrolls its (wide or long) content, reachable by keyboard so it can be scrolled without a mouse. */
export function ScrollBox({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="cb-table-wrap" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}

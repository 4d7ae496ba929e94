import { useId, useState } from 'react';
import type { Provenance } from '../../sim/cost/types.ts';

const WORD: Record<Provenance, string> = { measured: 'measured', fitted: 'fitted', estimated: 'estimated', computed: 'computed' };

/**
 * A provenance badge ("fitted", "estimated" …) that is also a button: hover, focus or click
 * shows the explanation, which is linked with aria-describedby. Escape hides it again.
 */
export function InfoTip({ kind, text, label }: { readonly kind: Provenance; readonly text: string; readonly label: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="hw-tip" data-open={open || undefined}>
      <button
        type="button"
        className={`hw-tip-btn hw-prov-${kind}`}
        aria-describedby={id}
        aria-expanded={open}
        aria-label={`${label}: ${WORD[kind]} (details)`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
        onBlur={() => setOpen(false)}
      >
        {WORD[kind]}
      </button>
      <span role="tooltip" id={id} className="hw-tip-text">
        {text}
      </span>
    </span>
  );
}

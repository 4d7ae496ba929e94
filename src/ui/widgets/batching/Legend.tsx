import { useId } from 'react';

/** Key to the timeline: each kind has its own shape or pattern and letter, not just a colour. */
export function Legend() {
  const id = useId().replace(/:/g, '');
  const items = [
    { key: 'wait', text: 'W — waiting in the queue (thin line)' },
    { key: 'prefill', text: 'P — prefill chunk (hatched)' },
    { key: 'decode', text: 'D — decode, one token (solid)' },
    { key: 'preempt', text: '× — preempted: blocks freed, back to waiting' },
    { key: 'pad', text: 'Padding — static batching: finished, slot still computed (cross-hatched)' },
    { key: 'unused', text: 'Budget bar: grey = unused tokens; dashed line = max_num_batched_tokens' },
    { key: 'cpu', text: 'CPU gap (start of a step, dotted): the GPU waits while the CPU prepares the step' },
  ] as const;
  return (
    <ul className="cb-legend" aria-label="Timeline key">
      {items.map((it) => (
        <li key={it.key}>
          <svg width="26" height="14" viewBox="0 0 26 14" aria-hidden="true" focusable="false">
            <defs>
              <pattern id={`${id}-h`} width="5" height="5" patternUnits="userSpaceOnUse">
                <path d="M0 5L5 0" className="cb-swatch-line" />
              </pattern>
              <pattern id={`${id}-x`} width="5" height="5" patternUnits="userSpaceOnUse">
                <path d="M0 5L5 0M0 0L5 5" className="cb-swatch-line" />
              </pattern>
            </defs>
            {it.key === 'wait' ? <rect x="1" y="6" width="24" height="3" className="cb-sw-wait" /> : null}
            {it.key === 'prefill' ? (
              <>
                <rect x="1" y="1" width="24" height="12" className="cb-sw-prefill" />
                <rect x="1" y="1" width="24" height="12" fill={`url(#${id}-h)`} />
              </>
            ) : null}
            {it.key === 'decode' ? <rect x="1" y="1" width="24" height="12" className="cb-sw-decode" /> : null}
            {it.key === 'preempt' ? <path d="M8 2L18 12M8 12L18 2" className="cb-sw-preempt" /> : null}
            {it.key === 'pad' ? (
              <>
                <rect x="1" y="1" width="24" height="12" className="cb-sw-pad" />
                <rect x="1" y="1" width="24" height="12" fill={`url(#${id}-x)`} />
              </>
            ) : null}
            {it.key === 'cpu' ? <rect x="1" y="1" width="10" height="12" className="cb-sw-cpu" /> : null}
            {it.key === 'unused' ? (
              <>
                <rect x="1" y="3" width="24" height="10" className="cb-sw-unused" />
                <path d="M1 2.5H25" className="cb-sw-line" />
              </>
            ) : null}
          </svg>
          <span>{it.text}</span>
        </li>
      ))}
    </ul>
  );
}

import { useId } from 'react';
import type { Waste } from '../../../widget-models/kv-paging/waste.ts';

/** The parts of the memory split, in bar order, with how they are drawn. */
export const WASTE_PARTS = [
  { key: 'tokens', label: 'Token states', cls: 'w-tokens' },
  { key: 'reserved', label: 'Reserved for future tokens', cls: 'w-reserved' },
  { key: 'internal', label: 'Internal fragmentation', cls: 'w-internal' },
  { key: 'external', label: 'External fragmentation', cls: 'w-external' },
  { key: 'free', label: 'Free', cls: 'w-free' },
] as const;

/**
 * One allocator's KV memory as a stacked bar. Colours come from the theme through CSS classes;
 * the waste parts also carry a hatch pattern, and the numbers are printed next to it.
 */
export function WasteBar({ waste, label }: { readonly waste: Waste; readonly label: string }) {
  const id = useId().replace(/:/g, '');
  const widths = WASTE_PARTS.map((p) => (waste.capacity > 0 ? (waste[p.key] / waste.capacity) * 1000 : 0));
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <svg className="kv-waste-bar" viewBox="0 0 1000 28" preserveAspectRatio="none" role="img" aria-label={label}>
      <defs>
        <pattern id={`${id}h`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" className="w-hatch-bg" />
          <rect width="3" height="8" className="w-hatch-fg" />
        </pattern>
      </defs>
      {WASTE_PARTS.map((p, i) => {
        const w = widths[i] as number;
        const at = starts[i] as number;
        if (w <= 0) return null;
        return (
          <g key={p.key} className={p.cls}>
            <rect x={at} y={0} width={w} height={28} />
            {p.key === 'internal' || p.key === 'external' ? <rect x={at} y={0} width={w} height={28} fill={`url(#${id}h)`} opacity={0.35} /> : null}
          </g>
        );
      })}
    </svg>
  );
}

import type { ContiguousFrame } from '../../../widget-models/kv-paging/types.ts';

/** SVG path data for a set of [x, width] bars of height 20. */
function bars(list: readonly (readonly [number, number])[]): string {
  let d = '';
  for (const [x, w] of list) if (w > 0) d += `M${x} 0h${w}v20h${-w}z`;
  return d;
}

/**
 * The contiguous allocator's memory, left to right, in the waste bar's colours: tokens written,
 * slots reserved for tokens still to come, reserved slots that will never be used, and the gaps
 * between reservations (external fragmentation while someone is waiting, free otherwise).
 * Six paths, whatever the number of requests, so it stays cheap to update while playing.
 */
export function RegionMap({ frame, capacity, needNext }: { readonly frame: ContiguousFrame; readonly capacity: number; readonly needNext: boolean }) {
  const r = frame.regions;
  const used: [number, number][] = [];
  const reserved: [number, number][] = [];
  const internal: [number, number][] = [];
  const gaps: [number, number][] = [];
  let outline = '';
  let cursor = 0;
  for (let k = 0; k + 4 < r.length; k += 5) {
    const start = r[k] as number;
    const slots = r[k + 1] as number;
    const u = Math.min(r[k + 3] as number, slots);
    const f = Math.min(Math.max(r[k + 4] as number, u), slots);
    if (start > cursor) gaps.push([cursor, start - cursor]);
    used.push([start, u]);
    reserved.push([start + u, f - u]);
    internal.push([start + f, slots - f]);
    outline += `M${start} 0h${slots}v20h${-slots}z`;
    cursor = start + slots;
  }
  if (capacity > cursor) gaps.push([cursor, capacity - cursor]);
  return (
    <svg className="kv-region-map" viewBox={`0 0 ${Math.max(1, capacity)} 20`} preserveAspectRatio="none" aria-hidden="true">
      <path d={bars(gaps)} className={needNext ? 'w-external' : 'w-free'} />
      <path d={bars(used)} className="w-tokens" />
      <path d={bars(reserved)} className="w-reserved" />
      <path d={bars(internal)} className="w-internal" />
      <path d={outline} className="kv-region-outline" />
    </svg>
  );
}

import { type RefObject, useEffect, useState } from 'react';

/** Centre of an anchor, in the container's coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Measures the centres of the elements marked `data-anchor="…"` inside `root`, again whenever
 * the root resizes (a small general helper: movers need to know where the pods are drawn).
 * @param version re-measure when it changes (e.g. the pod count)
 */
export function useAnchors(root: RefObject<HTMLElement | null>, version: unknown): ReadonlyMap<string, Point> {
  const [anchors, setAnchors] = useState<ReadonlyMap<string, Point>>(new Map());
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const measure = () => {
      const base = el.getBoundingClientRect();
      const next = new Map<string, Point>();
      for (const a of el.querySelectorAll<HTMLElement>('[data-anchor]')) {
        const r = a.getBoundingClientRect();
        next.set(a.dataset.anchor ?? '', { x: r.left - base.left + r.width / 2, y: r.top - base.top + r.height / 2 });
      }
      setAnchors(next);
    };
    measure();
    const obs = new ResizeObserver(measure);
    obs.observe(el);
    return () => obs.disconnect();
  }, [root, version]);
  return anchors;
}

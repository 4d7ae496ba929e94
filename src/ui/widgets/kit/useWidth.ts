import { type RefObject, useEffect, useState } from 'react';

/**
 * The element's content width in CSS pixels, following resizes. Charts draw in pixels at this
 * width (not a scaled viewBox), so their text stays at its real size on a phone. Without layout
 * (jsdom) it is `fallback`.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (w: number) => {
      if (w > 0) setWidth(Math.round(w));
    };
    measure(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      for (const e of entries) measure(e.contentRect.width);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

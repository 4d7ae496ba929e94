import { type RefObject, startTransition, useEffect, useState } from 'react';

/**
 * True once the element has come within `margin` of the viewport (and stays true), so a widget
 * renders and computes only when the reader gets near it. Without IntersectionObserver (jsdom,
 * old browsers) it is true at once. The switch is a transition, so React renders the widget in
 * slices that yield to input and paint instead of one long task.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '600px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          startTransition(() => setNear(true));
          io.disconnect();
        }
      },
      { rootMargin: `${margin} 0px` },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, near, margin]);
  return near;
}

import { startTransition, useEffect, useState } from 'react';

const hasFirstContentfulPaint = () => typeof performance !== 'undefined' && typeof performance.getEntriesByType === 'function' && performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');

const canObservePaint = () => typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');

/**
 * Runs `run` once the page has painted what is on screen now. On the page's first load that is
 * when the browser reports its first contentful paint (the frame on screen, not just the frame
 * begun); after that, the next animation frame and a task after it. A timer stands in when no
 * paint is reported (a tab opened in the background; headless Chrome, which at times reports its
 * first paint only with the next frame that has something new to draw), so the work is only ever
 * put off, never skipped, and never by more than half a second.
 * Returns a cancel function.
 */
export function afterFirstPaint(run: () => void, fallbackMs = 500): () => void {
  let done = false;
  let frame: number | undefined;
  let task: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | undefined;
  const stop = () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
    observer?.disconnect();
  };
  const once = () => {
    if (done) return;
    stop();
    run();
  };
  if (!hasFirstContentfulPaint() && canObservePaint()) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) once();
    });
    observer.observe({ type: 'paint' });
  } else {
    frame = requestAnimationFrame(() => {
      task = setTimeout(once, 0);
    });
  }
  const fallback = setTimeout(once, fallbackMs);
  return stop;
}

/**
 * False on the first render, true once that render has painted. A page renders its heading and
 * intro first and mounts what needs more code (a lesson body, the Lab's sandboxes) after, so the
 * largest text paints without waiting for those chunks to load and run. The switch is a
 * transition: React renders what it mounts in slices and lets input through in between, instead
 * of one long task.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterFirstPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}

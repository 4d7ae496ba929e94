import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { LessonRevealState } from './lessonReveal.ts';

/** Parts mounted at once: the introduction and the first section. */
export const FIRST_PARTS = 2;

/**
 * Mounts a lesson body part by part (see lessonReveal.ts): the first parts at once, then each next
 * part in its own task once the one before has mounted, as a transition. A link to a heading
 * (`#section`) mounts everything at once, so the heading is there to scroll to.
 */
export function useProgressiveBody(): { state: LessonRevealState; complete: boolean } {
  const [all] = useState(() => typeof window !== 'undefined' && window.location.hash.length > 1);
  const [shown, setShown] = useState(all ? Number.POSITIVE_INFINITY : FIRST_PARTS);
  const [complete, setComplete] = useState(all);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const state = useMemo<LessonRevealState>(
    () => ({
      shown,
      partShown: (index, count) => {
        if (index + 1 >= count) setComplete(true);
        else if (index + 1 === shown) {
          clearTimeout(timer.current);
          timer.current = setTimeout(() => startTransition(() => setShown((s) => Math.max(s, index + 2))), 0);
        }
      },
    }),
    [shown],
  );
  return { state, complete };
}

import { type ReactNode, useContext, useEffect } from 'react';
import { LessonReveal } from './lessonReveal.ts';

/** One part of a lesson body, from one h2 or h3 to the next; renders no element of its own. */
export function LessonPart({ index, count, children }: { readonly index: number; readonly count: number; readonly children?: ReactNode }) {
  const { shown, partShown } = useContext(LessonReveal);
  const visible = index < shown;
  useEffect(() => {
    if (visible) partShown(index, count);
  }, [visible, index, count, partShown]);
  return visible ? children : null;
}

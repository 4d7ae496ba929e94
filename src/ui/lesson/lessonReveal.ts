import { createContext } from 'react';

/**
 * How much of a lesson body is mounted: the parts (see tools/vite/lessonParts.ts) with an index
 * below `shown`. Each part reports once it has mounted, and the lesson page then mounts the next
 * one in a later task. Outside a lesson page (a test rendering a lesson on its own) every part shows.
 */
export interface LessonRevealState {
  readonly shown: number;
  readonly partShown: (index: number, count: number) => void;
}

export const LessonReveal = createContext<LessonRevealState>({ shown: Number.POSITIVE_INFINITY, partShown: () => {} });

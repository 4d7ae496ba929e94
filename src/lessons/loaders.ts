/**
 * Lesson bodies as lazy components: each MDX file becomes its own chunk, fetched when the lesson
 * opens (and precached by the service worker for offline use). Created once, at module load, so a
 * re-render never makes a new component type.
 */
import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

type LessonModule = { default: ComponentType };

const loaders = import.meta.glob<LessonModule>('./*/*.mdx');

export const lessonComponents: Readonly<Record<string, LazyExoticComponent<ComponentType>>> = Object.fromEntries(
  Object.entries(loaders).map(([file, load]) => [file, lazy(load)]),
);

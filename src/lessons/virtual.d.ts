declare module 'virtual:lesson-index' {
  import type { LessonFile } from './frontmatter.ts';
  export const lessonFiles: readonly LessonFile[];
}

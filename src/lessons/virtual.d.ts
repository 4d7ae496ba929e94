declare module 'virtual:lesson-index' {
  import type { LessonFile } from '../content/course/frontmatter.ts';
  export const lessonFiles: readonly LessonFile[];
}

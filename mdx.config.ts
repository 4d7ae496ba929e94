import type { Options } from '@mdx-js/rollup';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { rehypeLessonParts } from './tools/vite/lessonParts.ts';

/** One MDX setup for the app build and the unit tests, so a lesson compiles the same in both. */
export const mdxOptions: Options = {
  providerImportSource: '@mdx-js/react',
  remarkPlugins: [remarkFrontmatter, [remarkMdxFrontmatter, { name: 'frontmatter' }], remarkGfm],
  // Parts after the slugs: a part starts at an h2 that already has its id.
  rehypePlugins: [rehypeSlug, [rehypeLessonParts, { component: '/src/ui/lesson/LessonPart.tsx' }]],
};

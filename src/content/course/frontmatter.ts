/**
 * The frontmatter every lesson must carry. Checked when the lesson index is built (dev, build
 * and tests), so a lesson with a missing field fails loudly instead of rendering half a page.
 */
import * as v from 'valibot';

export const SourceSchema = v.object({
  title: v.pipe(v.string(), v.minLength(3)),
  url: v.pipe(v.string(), v.url()),
});

export const FrontmatterSchema = v.object({
  title: v.pipe(v.string(), v.minLength(3)),
  summary: v.pipe(v.string(), v.minLength(10)),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
  objectives: v.pipe(v.array(v.pipe(v.string(), v.minLength(5))), v.minLength(1)),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

export type Frontmatter = v.InferOutput<typeof FrontmatterSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;

/** One lesson file found on disk, with its validated frontmatter. */
export interface LessonFile {
  /** Module folder, e.g. `01-overview`. */
  readonly moduleDir: string;
  /** Lesson file name without extension, e.g. `01-the-serving-stack`. */
  readonly file: string;
  readonly frontmatter: Frontmatter;
}

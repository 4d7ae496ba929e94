/**
 * Vite plugin: `virtual:lesson-index` exports the validated frontmatter of every lesson
 * (src/lessons/NN-module/NN-lesson.mdx) without bundling the lessons themselves, so the course
 * map on the home page stays small. Invalid frontmatter fails the build with the file and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import * as v from 'valibot';
import { parse } from 'yaml';
import { FrontmatterSchema, type LessonFile } from '../../src/content/course/frontmatter.ts';

const ID = 'virtual:lesson-index';
const RESOLVED = `\0${ID}`;
const DIR_RE = /^\d\d-[a-z0-9-]+$/;
const FILE_RE = /^(\d\d-[a-z0-9-]+)\.mdx$/;

/** Reads and validates every lesson's frontmatter under `root`. Throws naming file and field. */
export function readLessonIndex(root: string): LessonFile[] {
  const out: LessonFile[] = [];
  for (const moduleDir of readdirSync(root).filter((d) => DIR_RE.test(d)).sort()) {
    for (const name of readdirSync(join(root, moduleDir)).sort()) {
      const m = FILE_RE.exec(name);
      if (!m?.[1]) continue;
      const path = join(root, moduleDir, name);
      const src = readFileSync(path, 'utf8');
      const fm = /^---\n([\s\S]*?)\n---/.exec(src);
      if (!fm?.[1]) throw new Error(`${relative(process.cwd(), path)}: missing frontmatter`);
      const checked = v.safeParse(FrontmatterSchema, parse(fm[1]));
      if (!checked.success) {
        const issue = checked.issues[0];
        throw new Error(`${relative(process.cwd(), path)}: frontmatter field ${issue ? (v.getDotPath(issue) ?? '(root)') : '?'}: ${issue?.message ?? 'invalid'}`);
      }
      out.push({ moduleDir, file: m[1], frontmatter: checked.output });
    }
  }
  return out;
}

export function lessonIndexPlugin(root: string): Plugin {
  return {
    name: 'serving-lab:lesson-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      return `export const lessonFiles = ${JSON.stringify(readLessonIndex(root))};`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.endsWith('.mdx')) {
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED);
        if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCourse, MODULES } from '../../../src/lessons/course.ts';
import { readLessonIndex } from '../../../tools/vite/lessonIndex.ts';

const FM = `---
title: A lesson
summary: What this lesson is about.
minutes: 5
objectives: [Learn a thing]
sources:
  - title: Source
    url: https://example.org/
---
Body`;

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lessons-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('lesson index', () => {
  it('reads and validates every lesson in the repository', () => {
    const files = readLessonIndex('src/lessons');
    expect(files.length).toBeGreaterThan(0);
    const course = buildCourse(files);
    expect(course.filter((l) => l.file)).toHaveLength(files.length);
  });

  it('names the file and field of invalid frontmatter', () => {
    const root = tree({ '01-overview/01-the-serving-stack.mdx': FM.replace('minutes: 5', 'minutes: soon') });
    expect(() => readLessonIndex(root)).toThrow(/01-the-serving-stack\.mdx: frontmatter field minutes/);
  });

  it('rejects a lesson the manifest does not plan, or one numbered out of order', () => {
    const root = tree({ '02-vllm/01-made-up.mdx': FM });
    expect(() => buildCourse(readLessonIndex(root))).toThrow(/not planned/);
    const misnumbered = tree({ '02-vllm/05-paged-attention.mdx': FM });
    expect(() => buildCourse(readLessonIndex(misnumbered))).toThrow(/should be numbered 02/);
  });

  it('shows planned lessons without a file as coming soon, never as pages', () => {
    const course = buildCourse(readLessonIndex(tree({ '01-overview/01-the-serving-stack.mdx': FM })));
    expect(course.find((l) => l.id === 'overview/the-serving-stack')?.file).toBeDefined();
    expect(course.find((l) => l.id === 'vllm/paged-attention')?.file).toBeUndefined();
    expect(MODULES.map((m) => `${m.number} ${m.slug}`)).toEqual(['01 overview', '02 vllm', '03 llm-d', '04 kserve', '05 patterns', '06 deployment', '07 glossary']);
  });
});

describe('lesson ids used by content', () => {
  it('come from the plan in reading order and are titled from it', async () => {
    const { LESSON_IDS, isLessonId, lessonLabel } = await import('../../../src/content/lessonIds.ts');
    expect(LESSON_IDS.slice(0, 3)).toEqual(['overview/the-serving-stack', 'vllm/kv-cache-memory', 'vllm/paged-attention']);
    expect(LESSON_IDS).toHaveLength(MODULES.reduce((n, m) => n + m.lessons.length, 0));
    expect(isLessonId('vllm/paged-attention')).toBe(true);
    expect(isLessonId('glossary/paged-attention')).toBe(false);
    expect(lessonLabel('vllm/paged-attention')).toBe('PagedAttention');
  });
});

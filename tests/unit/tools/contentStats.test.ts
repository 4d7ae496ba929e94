import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LESSON_IDS } from '../../../src/content/lessonIds.ts';
import { KNOWLEDGE_CHECKS } from '../../../src/content/quiz/index.ts';

describe('npm run content:stats', () => {
  it('counts planned lessons and finds the same knowledge checks as the app', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'tools/content-stats.ts'], { encoding: 'utf8' });
    const stats = JSON.parse(out) as Record<string, number>;
    expect(stats.lessonsPlanned).toBe(LESSON_IDS.length);
    expect(stats.knowledgeChecks).toBe(Object.keys(KNOWLEDGE_CHECKS).length);
    expect(stats.lessons).toBeGreaterThan(0);
    expect(stats.lessons).toBeLessThanOrEqual(stats.lessonsPlanned ?? 0);
  }, 30_000);
});

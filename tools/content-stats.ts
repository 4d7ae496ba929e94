/**
 * Prints course content counts as one JSON object: `npm run --silent content:stats`.
 * lessons = written lessons (MDX files under src/lessons/<NN-module>/); knowledgeChecks = lesson check sets.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACRONYM_DRILL_HINTS, ACRONYMS, BENCHMARKS, GLOSSARY, METRICS, SIZE_CLASSES } from '../src/content/glossary/index.ts';
import { loadAllKnowledgeChecks, QUIZ_BANK } from '../src/content/quiz/index.ts';
import { generateGlossaryItems } from '../src/quiz/generate.ts';

const lessonsDir = fileURLToPath(new URL('../src/lessons/', import.meta.url));

function countLessons(): number {
  let n = 0;
  for (const entry of safeList(lessonsDir)) {
    const dir = join(lessonsDir, entry);
    if (!statSync(dir).isDirectory()) continue;
    n += safeList(dir).filter((f) => f.endsWith('.mdx')).length;
  }
  return n;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const checks = await loadAllKnowledgeChecks();
const knowledgeCheckItems = checks.reduce((sum, c) => sum + c.items.length, 0);
const generated = generateGlossaryItems(GLOSSARY, ACRONYMS, ACRONYM_DRILL_HINTS).length;

const stats = {
  glossaryTerms: GLOSSARY.length,
  quizItems: QUIZ_BANK.length + knowledgeCheckItems + generated,
  lessons: countLessons(),
  knowledgeChecks: checks.length,
  quizItemsHandWritten: QUIZ_BANK.length + knowledgeCheckItems,
  quizItemsGenerated: generated,
  knowledgeCheckItems,
  acronyms: ACRONYMS.length,
  metrics: METRICS.length,
  sizeClasses: SIZE_CLASSES.length,
  benchmarks: BENCHMARKS.length,
};

process.stdout.write(`${JSON.stringify(stats)}\n`);

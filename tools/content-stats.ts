/**
 * Prints course content counts as one JSON object: `npm run --silent content:stats`.
 * lessons = written lessons (MDX files under src/lessons/<NN-module>/); lessonsPlanned = lessons in
 * the course plan; knowledgeChecks = lesson check sets.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LESSON_IDS } from '../src/content/course/plan.ts';
import { ACRONYM_DRILL_HINTS, ACRONYMS, BENCHMARKS, GLOSSARY, METRICS, SIZE_CLASSES } from '../src/content/glossary/index.ts';
import { QUIZ_BANK } from '../src/content/quiz/bank/index.ts';
import { buildKnowledgeCheckRegistry, type KnowledgeCheckLoader } from '../src/content/quiz/lessons/knowledgeCheckFiles.ts';
import { generateGlossaryItems } from '../src/quiz/generate.ts';

const lessonsDir = fileURLToPath(new URL('../src/lessons/', import.meta.url));
const checksDir = fileURLToPath(new URL('../src/content/quiz/lessons/', import.meta.url));

/** The same files the app's `import.meta.glob('./*--*.ts')` finds, loaded by Node instead of Vite. */
function knowledgeCheckFiles(): Record<string, KnowledgeCheckLoader> {
  const files = safeList(checksDir).filter((f) => f.includes('--') && f.endsWith('.ts'));
  return Object.fromEntries(files.map((f) => [`./${f}`, () => import(pathToFileURL(join(checksDir, f)).href) as ReturnType<KnowledgeCheckLoader>]));
}

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

const registry = buildKnowledgeCheckRegistry(knowledgeCheckFiles());
const checks = await Promise.all(Object.values(registry.checks).map(async (load) => (await load()).default));
const knowledgeCheckItems = checks.reduce((sum, c) => sum + c.items.length, 0);
const generated = generateGlossaryItems(GLOSSARY, ACRONYMS, ACRONYM_DRILL_HINTS).length;

const stats = {
  glossaryTerms: GLOSSARY.length,
  quizItems: QUIZ_BANK.length + knowledgeCheckItems + generated,
  lessons: countLessons(),
  lessonsPlanned: LESSON_IDS.length,
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

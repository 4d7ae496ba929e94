/**
 * The glossary: every term, plus the acronym, metric, size-class and benchmark references.
 * Imported only by the glossary and quiz routes, the Term preview and knowledge checks (lazily), so it stays
 * out of the initial bundle.
 */
import { ACRONYMS } from './acronyms.ts';
import { BENCHMARKS } from './benchmarks.ts';
import { METRICS } from './metrics.ts';
import { SIZE_CLASSES } from './sizes.ts';
import { GPU_TERMS } from './terms-gpu.ts';
import { KNATIVE_TERMS } from './terms-knative.ts';
import { KSERVE_TERMS } from './terms-kserve.ts';
import { KUBERNETES_TERMS } from './terms-kubernetes.ts';
import { LLMD_DISAGG_TERMS } from './terms-llmd-disagg.ts';
import { LLMD_ROUTING_TERMS } from './terms-llmd-routing.ts';
import { METRIC_TERMS } from './terms-metrics.ts';
import { MODEL_TERMS } from './terms-models.ts';
import { PATTERN_TERMS } from './terms-patterns.ts';
import { VLLM_FEATURE_TERMS } from './terms-vllm-features.ts';
import { VLLM_MEMORY_TERMS } from './terms-vllm-memory.ts';
import { VLLM_SCHEDULING_TERMS } from './terms-vllm-scheduling.ts';
import type { GlossaryTerm } from './types.ts';

export { ACRONYMS, ACRONYM_DRILL_HINTS } from './acronyms.ts';
export { BENCHMARKS } from './benchmarks.ts';
export { METRICS } from './metrics.ts';
export { SIZE_CLASSES } from './sizes.ts';

/** A–Z sort key: case-insensitive, ignoring leading punctuation. */
/**
 * Code-unit order of the lower-cased keys, which for these terms is the English collation order
 * (a test holds it to that) without loading a collator while a lesson page starts.
 */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortKey(t: GlossaryTerm): string {
  return t.term.replace(/^[^a-z0-9]+/i, '').toLowerCase();
}

/** All terms, sorted A–Z. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  ...VLLM_MEMORY_TERMS,
  ...VLLM_SCHEDULING_TERMS,
  ...VLLM_FEATURE_TERMS,
  ...LLMD_ROUTING_TERMS,
  ...LLMD_DISAGG_TERMS,
  ...KSERVE_TERMS,
  ...KNATIVE_TERMS,
  ...KUBERNETES_TERMS,
  ...GPU_TERMS,
  ...METRIC_TERMS,
  ...MODEL_TERMS,
  ...PATTERN_TERMS,
].sort((a, b) => byCodeUnit(sortKey(a), sortKey(b)));

const byId = new Map(GLOSSARY.map((t) => [t.id, t]));

export function getTerm(id: string): GlossaryTerm | undefined {
  return byId.get(id);
}

/** Every lesson id the glossary links to, for the course manifest's test to check. */
export function lessonIdsReferenced(): string[] {
  return [...new Set(GLOSSARY.map((t) => t.lesson))].sort();
}

/** Terms taught by one lesson. */
export function termsForLesson(lessonId: string): GlossaryTerm[] {
  return GLOSSARY.filter((t) => t.lesson === lessonId);
}

/** Counts for the stats tool and the glossary header. */
export function glossaryCounts() {
  return {
    terms: GLOSSARY.length,
    acronyms: ACRONYMS.length,
    metrics: METRICS.length,
    sizeClasses: SIZE_CLASSES.length,
    benchmarks: BENCHMARKS.length,
  };
}

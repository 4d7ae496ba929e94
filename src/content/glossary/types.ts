/**
 * Glossary data format. Content is typed data, validated by these schemas in tests.
 */
import * as v from 'valibot';
import { TOPICS } from '../../quiz/topics.ts';

const Text = v.pipe(v.string(), v.minLength(1));
export const SourceSchema = v.object({
  label: Text,
  url: v.pipe(v.string(), v.url(), v.startsWith('https://')),
});

export const GlossaryTermSchema = v.object({
  /** URL slug: `/glossary/<id>`. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens')),
  /** Display name ("Time to first token"). */
  term: Text,
  /** The abbreviation, when the term has one ("TTFT"). */
  acronym: v.optional(Text),
  /** Other names, config flags and metric names people search for. */
  aliases: v.optional(v.array(Text)),
  category: v.picklist(TOPICS),
  /** One-sentence definition. */
  short: Text,
  /** Longer explanation; paragraphs separated by a blank line. */
  body: Text,
  example: Text,
  /** Related term ids (must resolve). */
  related: v.pipe(v.array(v.string()), v.minLength(1)),
  /** The lesson that teaches it (a lesson id). */
  lesson: v.string(),
  source: SourceSchema,
  /** For metrics: the formula, in plain text. */
  formula: v.optional(Text),
});

export type GlossaryTerm = v.InferOutput<typeof GlossaryTermSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;

export const AcronymSchema = v.object({
  abbr: Text,
  expansion: Text,
  /** The glossary term that explains it. */
  term: v.string(),
  note: v.optional(Text),
  /** False when the letters are a name rather than an expansion to recall (e.g. GPTQ). */
  quiz: v.optional(v.boolean()),
});
export type AcronymEntry = v.InferOutput<typeof AcronymSchema>;

export const MetricSchema = v.object({
  id: v.string(),
  name: Text,
  symbol: v.optional(Text),
  unit: Text,
  formula: Text,
  /** How to read it and what moves it. */
  notes: Text,
  /** The Prometheus series that measures it, where one exists. */
  series: v.optional(Text),
  term: v.string(),
  source: SourceSchema,
});
export type MetricEntry = v.InferOutput<typeof MetricSchema>;

export const SizeClassSchema = v.object({
  id: v.string(),
  name: Text,
  params: Text,
  examples: Text,
  /** Weight memory in bf16, and with 8-bit / 4-bit weights. */
  weights: Text,
  /** KV cache per token, for a named example model. */
  kvPerToken: Text,
  /** Typical placement on common GPUs. */
  placement: Text,
  notes: Text,
  source: SourceSchema,
});
export type SizeClass = v.InferOutput<typeof SizeClassSchema>;

export const BenchmarkSchema = v.object({
  id: v.string(),
  claim: Text,
  /** The comparison, the workload and the hardware. */
  setup: Text,
  /** ISO date of the publication (YYYY-MM or YYYY-MM-DD). */
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
  /** How to read it: what it does and does not show. */
  caveat: Text,
  topic: v.picklist(TOPICS),
  source: SourceSchema,
});
export type Benchmark = v.InferOutput<typeof BenchmarkSchema>;

/** The glossary page's sections, in the order the course promises them. */
export const SECTIONS = ['terms', 'acronyms', 'metrics', 'sizes', 'benchmarks'] as const;
export type Section = (typeof SECTIONS)[number];
export const SECTION_LABELS: Readonly<Record<Section, string>> = {
  terms: 'A–Z terms',
  acronyms: 'Acronyms',
  metrics: 'Metrics and units',
  sizes: 'Model size classes',
  benchmarks: 'Benchmarks reference',
};

/**
 * Vite plugin: `virtual:search-index` is the course's search index, built from the lesson files,
 * the glossary and the quiz topics when the app is built. The palette imports it on first open,
 * so it is a chunk of its own: off the home page's budget, precached by the service worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Plugin } from 'vite';
import { MODULES } from '../../src/content/course/plan.ts';
import { GLOSSARY } from '../../src/content/glossary/index.ts';
import { SEARCH_OPTIONS, type SearchDoc } from '../../src/content/search/options.ts';
import { TOPIC_LABELS } from '../../src/quiz/topics.ts';
import { AUTOSCALING_PRESETS } from '../../src/widget-models/autoscaling/presets.ts';
import { BATCH_PRESETS } from '../../src/widget-models/batching/presets.ts';
import { KV_PRESETS } from '../../src/widget-models/kv-paging/presets.ts';
import { LOAD_TEST_PRESETS } from '../../src/widget-models/load-test/presets.ts';
import { LORA_PRESETS } from '../../src/widget-models/lora/presets.ts';
import { QUANTIZATION_PRESETS } from '../../src/widget-models/quantization/presets.ts';
import { REQUEST_PATH_PRESETS } from '../../src/widget-models/request-path/presets.ts';
import { ROUTING_PRESETS } from '../../src/widget-models/routing/presets.ts';
import { SPEC_PRESETS } from '../../src/widget-models/spec-decoding/presets.ts';
import { TP_PRESETS } from '../../src/widget-models/tensor-parallel/presets.ts';
import { readLessonIndex } from './lessonIndex.ts';
import { lessonDocs, type PresetInfo, termDocs, topicDocs } from './searchDocuments.ts';

const ID = 'virtual:search-index';
const RESOLVED = `\0${ID}`;

type PresetTable = Readonly<Record<string, { readonly title: string; readonly guide?: string }>>;
/** Each widget's preset table by the name lessons embed it with; a test fails on an embed missing here. */
export const PRESET_TABLES: Readonly<Record<string, PresetTable>> = {
  KvPagingWidget: KV_PRESETS,
  BatchingWidget: BATCH_PRESETS,
  RoutingWidget: ROUTING_PRESETS,
  AutoscalingWidget: AUTOSCALING_PRESETS,
  SpecDecodingWidget: SPEC_PRESETS,
  QuantizationWidget: QUANTIZATION_PRESETS,
  TensorParallelWidget: TP_PRESETS,
  LoadTestWidget: LOAD_TEST_PRESETS,
  LoraWidget: LORA_PRESETS,
  RequestPathWidget: REQUEST_PATH_PRESETS,
};

/** Titles and guides from the widgets' own preset tables; a widget not listed falls back to its preset id. */
export const widgetPresetInfo: PresetInfo = (widget, preset) => PRESET_TABLES[widget]?.[preset];

/** Every search document of the course under `lessonsDir`. */
export function courseSearchDocs(lessonsDir: string, presetInfo: PresetInfo = widgetPresetInfo): SearchDoc[] {
  const lessons = readLessonIndex(lessonsDir).flatMap((f) => {
    const mod = MODULES.find((m) => `${m.number}-${m.slug}` === f.moduleDir);
    if (!mod) return [];
    const id = `${mod.slug}/${f.file.slice(3)}`;
    const mdx = readFileSync(join(lessonsDir, f.moduleDir, `${f.file}.mdx`), 'utf8');
    return lessonDocs({ id, title: f.frontmatter.title, summary: f.frontmatter.summary, objectives: f.frontmatter.objectives, mdx }, presetInfo);
  });
  return [...lessons, ...termDocs(GLOSSARY), ...topicDocs(TOPIC_LABELS)];
}

/** The serialised MiniSearch index (what `MiniSearch.loadJSON` reads back with SEARCH_OPTIONS). */
export function buildSearchIndex(docs: readonly SearchDoc[]): string {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll(docs);
  return JSON.stringify(index);
}

export function searchIndexPlugin(lessonsDir: string, presetInfo?: PresetInfo): Plugin {
  return {
    name: 'serving-lab:search-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      // A string literal: JSON.parse of one string is faster than evaluating an object literal.
      return `export default ${JSON.stringify(buildSearchIndex(courseSearchDocs(lessonsDir, presetInfo)))};`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.endsWith('.mdx')) {
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED);
        if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}

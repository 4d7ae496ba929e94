/**
 * The plugin registry: scorers, filters and pickers by type. A cluster run takes a registry
 * (the built-ins by default), so a new scorer is one definition added here or passed in.
 */
import { decodeFilter, prefillFilter, prefixCacheAffinityFilter } from './filters.ts';
import { maxScorePicker, randomPicker } from './pickers.ts';
import type { FilterDefinition, PickerDefinition, ScorerDefinition } from './plugins.ts';
import {
  activeRequestScorer,
  kvCacheUtilizationScorer,
  loadAwareScorer,
  noHitLruScorer,
  prefixCacheScorer,
  queueScorer,
  sessionAffinityScorer,
  tokenLoadScorer,
} from './scorers.ts';
import type { FilterType, PickerType, ScorerType } from './types.ts';

export interface PluginRegistry {
  readonly scorers: ReadonlyMap<ScorerType, ScorerDefinition>;
  readonly filters: ReadonlyMap<FilterType, FilterDefinition>;
  readonly pickers: ReadonlyMap<PickerType, PickerDefinition>;
}

/**
 * Builds a registry from definitions; throws on a duplicate type.
 * @example createPluginRegistry([...BUILTIN_SCORERS, myScorer], BUILTIN_FILTERS, BUILTIN_PICKERS)
 */
export function createPluginRegistry(
  scorers: readonly ScorerDefinition[],
  filters: readonly FilterDefinition[],
  pickers: readonly PickerDefinition[],
): PluginRegistry {
  const byType = <K extends string, T extends { readonly type: K }>(defs: readonly T[], what: string): ReadonlyMap<K, T> => {
    const m = new Map<K, T>();
    for (const d of defs) {
      if (m.has(d.type)) throw new Error(`duplicate ${what} type "${d.type}"`);
      m.set(d.type, d);
    }
    return m;
  };
  return { scorers: byType(scorers, 'scorer'), filters: byType(filters, 'filter'), pickers: byType(pickers, 'picker') };
}

/** The built-in scorers, in the order the widget lists them. */
export const BUILTIN_SCORERS: readonly ScorerDefinition[] = [
  prefixCacheScorer,
  queueScorer,
  kvCacheUtilizationScorer,
  loadAwareScorer,
  sessionAffinityScorer,
  activeRequestScorer,
  tokenLoadScorer,
  noHitLruScorer,
];
export const BUILTIN_FILTERS: readonly FilterDefinition[] = [decodeFilter, prefillFilter, prefixCacheAffinityFilter];
export const BUILTIN_PICKERS: readonly PickerDefinition[] = [maxScorePicker, randomPicker];

/** The registry every run uses unless given another. */
export const BUILTIN_REGISTRY: PluginRegistry = createPluginRegistry(BUILTIN_SCORERS, BUILTIN_FILTERS, BUILTIN_PICKERS);

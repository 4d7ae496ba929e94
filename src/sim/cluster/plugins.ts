/**
 * The Endpoint Picker's plugin interfaces (llm-d-router `pkg/epp/framework`): a scorer maps each
 * candidate endpoint to a score in [0, 1]; a filter narrows the candidates; a picker chooses
 * among the weighted totals. Plugins are created per cluster run, so stateful ones (session
 * affinity, the no-hit LRU) never leak between runs. Adding one means adding a definition to
 * the registry (registry.ts); no simulator or UI file changes.
 */
import type { Rng } from '../core/rng.ts';
import type { EndpointView, FilterType, PickerType, PluginParams, RoutingRequest, ScorerType } from './types.ts';

/** A live scorer of one run. */
export interface Scorer {
  /**
   * Writes the score of `cands[i]` to `out[i]`, each in [0, 1] (the framework clamps anyway).
   */
  score(req: RoutingRequest, cands: readonly EndpointView[], out: Float64Array): void;
  /** After the pick (PreRequest): `cold` is true when no candidate had any prefix match. */
  preRequest?(req: RoutingRequest, picked: EndpointView, cold: boolean): void;
  /** When the response has finished streaming from `pod`. */
  responseComplete?(req: RoutingRequest, pod: number): void;
}

/** What a scorer is, for the registry and the UI. */
export interface ScorerDefinition {
  readonly type: ScorerType;
  /** Short name for tables: "Queue". */
  readonly label: string;
  /** The formula in words and symbols, as the widget shows it. */
  readonly formula: string;
  /** Where the formula comes from (llm-d-router source path). */
  readonly source: string;
  /** Parameters it accepts, with llm-d's defaults (absent: none). */
  readonly defaults?: PluginParams;
  /** @param params parameters as configured; unknown names are rejected by the router */
  create(numPods: number, params?: PluginParams): Scorer;
}

/** A live filter of one run. */
export interface Filter {
  /** Returns the candidates to keep (may return `cands` itself). */
  filter(req: RoutingRequest, cands: readonly EndpointView[], rng: Rng): readonly EndpointView[];
}

export interface FilterDefinition {
  readonly type: FilterType;
  readonly label: string;
  readonly summary: string;
  readonly source: string;
  create(): Filter;
}

/** Chooses one candidate from weighted totals. @returns index into `totals`, and whether it broke a tie */
export type Picker = (totals: ArrayLike<number>, n: number, rng: Rng) => { index: number; tie: boolean };

export interface PickerDefinition {
  readonly type: PickerType;
  readonly label: string;
  readonly pick: Picker;
  /** The `maxNumOfEndpoints` form: up to k candidate indices, in the order the picker ranks them. */
  readonly pickMany?: (totals: ArrayLike<number>, n: number, k: number, rng: Rng) => number[];
}

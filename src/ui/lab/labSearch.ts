/**
 * The Lab's URL: every setting is a search param, so any view can be shared
 * (`/lab?pattern=disaggregated&workload=summarize&qps=8`, `/lab?challenge=tiered-rag`). A param
 * that is missing takes the challenge's starting value or the Lab's default; one that is invalid
 * is reported to the learner and replaced the same way (src/state/searchParams.ts).
 */
import { challengeConfig, type LabChallenge } from '../../content/lab/challenges.ts';
import { LAB_DEFAULTS, type LabConfig } from '../../widget-models/lab/config.ts';
import { PARAM_FIELDS, type LabParam } from './labSearchFields.ts';

export { LAB_SEARCH_FIELDS, PARAM_FIELDS, type LabParam } from './labSearchFields.ts';

/** The Lab's search params, each absent when not given. */
export type LabSearch = { readonly [K in LabParam]?: LabConfig[(typeof PARAM_FIELDS)[K]] } & { readonly challenge?: string };

/** The settings a URL gives (only those present). */
export function settingsOf(search: LabSearch): Partial<LabConfig> {
  const out: Record<string, unknown> = {};
  for (const [param, field] of Object.entries(PARAM_FIELDS)) {
    const value = (search as Record<string, unknown>)[param];
    if (value !== undefined) out[field] = value;
  }
  return out as Partial<LabConfig>;
}

/** The configuration a URL describes: the challenge's start (locks applied) or the Lab's defaults, overridden by the params given. */
export function configOf(search: LabSearch, challenge: LabChallenge | undefined): LabConfig {
  const given = settingsOf(search);
  return challenge ? challengeConfig(challenge, given) : { ...LAB_DEFAULTS, ...given };
}

/** Params of a URL that a challenge's locks overrode (their names). */
export function overriddenBy(search: LabSearch, challenge: LabChallenge): string[] {
  const given = settingsOf(search) as Record<string, unknown>;
  return Object.entries(PARAM_FIELDS)
    .filter(([, field]) => field in challenge.fixed && given[field] !== undefined && given[field] !== (challenge.fixed as Record<string, unknown>)[field])
    .map(([param]) => param);
}

/**
 * The search params for a configuration: only the settings that differ from where it starts
 * (the challenge's start or the Lab's defaults); the rest are removed (undefined).
 */
export function searchOf(config: LabConfig, challenge: LabChallenge | undefined): Record<LabParam, unknown> {
  const base = challenge ? challengeConfig(challenge) : LAB_DEFAULTS;
  const out = {} as Record<LabParam, unknown>;
  for (const [param, field] of Object.entries(PARAM_FIELDS) as [LabParam, keyof LabConfig][]) {
    const locked = challenge !== undefined && field in challenge.fixed;
    out[param] = locked || config[field] === base[field] ? undefined : config[field];
  }
  return out;
}

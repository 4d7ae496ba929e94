/** The chooser's answers as labelled options (what each select offers). */
import { GPUS, MODELS } from '../../../sim/cost/index.ts';
import { BEYOND_NODE } from '../../../content/patterns/fit.ts';
import type { Budget, Latency, PromptLength, Regions, Sharing, Traffic } from '../../../content/patterns/matrix.ts';

type Options<T extends string> = readonly (readonly [T, string])[];

export const MODEL_OPTIONS: Options<string> = [...MODELS.map((m) => [m.id, m.name] as const), [BEYOND_NODE, 'Larger than one 8-GPU node']];
export const GPU_OPTIONS: Options<string> = GPUS.map((g) => [g.id, g.name] as const);

export const TRAFFIC_OPTIONS: Options<Traffic> = [
  ['steady', 'Steady through the day'],
  ['daily', 'A daily curve'],
  ['bursty', 'Sharp bursts'],
  ['sparse', 'Rare, sparse use'],
];

export const LATENCY_OPTIONS: Options<Latency> = [
  ['tight-ttft', 'Tight TTFT (a person waits)'],
  ['tight-itl', 'Tight ITL (streaming speed)'],
  ['loose', 'Loose (batch, evaluation)'],
];

export const PROMPT_OPTIONS: Options<PromptLength> = [
  ['short', 'Short (up to a few thousand tokens)'],
  ['long', 'Long (many thousands, short answers)'],
];

export const SHARING_OPTIONS: Options<Sharing> = [
  ['shared', 'Shared prompts or documents'],
  ['beyond-hbm', 'Shared, outgrowing GPU memory'],
  ['none', 'Unique prompts'],
];

export const BUDGET_OPTIONS: Options<Budget> = [
  ['floor', 'A floor always, the peak on demand'],
  ['peak', 'The peak, all the time'],
];

export const REGION_OPTIONS: Options<Regions> = [
  ['one', 'One region'],
  ['several', 'Several, or must survive a region’s loss'],
];

/** The chooser's answers as labelled options (what each select offers). */
import { GPUS, MODELS } from '../../../sim/cost/index.ts';
import { BEYOND_NODE } from '../../../content/patterns/fit.ts';
import type { Budget, Latency, PromptLength, Regions, Sharing, Traffic } from '../../../content/patterns/matrix.ts';

type Options<T extends string> = readonly (readonly [T, string])[];

export const MODEL_OPTIONS: Options<string> = [...MODELS.map((m) => [m.id, m.name] as const), [BEYOND_NODE, 'Larger than one 8-GPU node of this GPU']];
export const GPU_OPTIONS: Options<string> = GPUS.map((g) => [g.id, g.name] as const);

export const TRAFFIC_OPTIONS: Options<Traffic> = [
  ['steady', 'Steady through the day'],
  ['daily', 'A daily curve (busy days, quiet nights)'],
  ['bursty', 'Sharp bursts'],
  ['sparse', 'Rare, sparse use'],
];

export const LATENCY_OPTIONS: Options<Latency> = [
  ['tight-ttft', 'Tight TTFT: a person waits for the first words'],
  ['tight-itl', 'Tight ITL: streaming speed matters most'],
  ['loose', 'Loose: nobody waits (batch, evaluation)'],
];

export const PROMPT_OPTIONS: Options<PromptLength> = [
  ['short', 'Short (hundreds to a few thousand tokens)'],
  ['long', 'Long (many thousands of tokens, short answers)'],
];

export const SHARING_OPTIONS: Options<Sharing> = [
  ['shared', 'Shared system prompts, documents or history'],
  ['beyond-hbm', 'Shared, and the reused set outgrows GPU memory'],
  ['none', 'Unique prompts'],
];

export const BUDGET_OPTIONS: Options<Budget> = [
  ['floor', 'A floor all the time, the peak only when needed'],
  ['peak', 'Enough GPUs for the peak, all the time'],
];

export const REGION_OPTIONS: Options<Regions> = [
  ['one', 'One region'],
  ['several', 'Several regions, or must survive a region’s loss'],
];

/**
 * Compute, then play: one scenario → the paged run and the contiguous run, each a list of
 * frames the widget scrubs through. Deterministic (same settings, same frames). Long runs are
 * computed in slices (`advance`) so the page stays responsive; short ones finish at once.
 */
import { resolveEngineConfig } from '../../sim/engine/config.ts';
import type { EngineConfigInput } from '../../sim/engine/types.ts';
import { ContiguousRecorder } from './recordContiguous.ts';
import { PagedRecorder } from './recordPaged.ts';
import type { KvSettings } from './settings.ts';
import type { Simulation } from './types.ts';
import { buildWorkload } from './workload.ts';

/** Frames recorded per run at most (one per engine step); longer scenarios are cut, and say so. */
export const MAX_FRAMES = 3000;

/** The engine settings a scenario maps to. */
export function engineConfigOf(s: KvSettings): EngineConfigInput {
  return { blockSize: s.blockSize, numGpuBlocks: s.numGpuBlocks, maxModelLen: s.maxModelLen, enablePrefixCaching: s.enablePrefixCaching, parallelSampling: s.parallelSampling };
}

/** A simulation being computed. */
export interface SimulationJob {
  readonly sim: Simulation;
  /** Records frames for about `budgetMs`. @returns true when both runs are complete */
  advance(budgetMs: number): boolean;
}

/**
 * Starts both runs. A configuration vLLM would refuse at start-up (for example a pool that
 * cannot hold one max-length request) comes back as `error`, with no runs.
 */
export function startSimulation(s: KvSettings, maxFrames = MAX_FRAMES): SimulationJob {
  const workload = buildWorkload(s);
  const config = engineConfigOf(s);
  const base = { workload, blockSize: s.blockSize, numBlocks: s.numGpuBlocks };
  const failed = (err: unknown): SimulationJob => ({
    sim: { ...base, paged: null, contiguous: null, error: err instanceof Error ? err.message : String(err) },
    advance: () => true,
  });
  let paged: PagedRecorder;
  let contiguous: ContiguousRecorder;
  try {
    resolveEngineConfig(config);
    paged = new PagedRecorder({ config }, workload, maxFrames);
    contiguous = new ContiguousRecorder({ config }, s.contiguousReservation === 'max' ? 'maxModelLen' : 'promptPlusMaxTokens', workload, maxFrames);
  } catch (err) {
    return failed(err);
  }
  const sim: { -readonly [K in keyof Simulation]: Simulation[K] } = { ...base, paged: paged.run, contiguous: contiguous.run, error: null };
  return {
    sim,
    advance(budgetMs) {
      const until = performance.now() + budgetMs;
      try {
        do {
          // Keep the two runs level in simulated time, so the comparison is always available.
          const p = paged.run;
          const c = contiguous.run;
          const pt = p.frames[p.frames.length - 1]?.timeUs ?? 0;
          const ct = c.frames[c.frames.length - 1]?.timeUs ?? 0;
          if (!p.done && (c.done || pt <= ct)) paged.step();
          else if (!c.done) contiguous.step();
        } while (!(paged.run.done && contiguous.run.done) && performance.now() < until);
      } catch (err) {
        sim.error = err instanceof Error ? err.message : String(err);
        paged.run.done = true;
        contiguous.run.done = true;
      }
      return paged.run.done && contiguous.run.done;
    },
  };
}

/** Runs a whole simulation synchronously (tests, tools). */
export function simulate(s: KvSettings, maxFrames = MAX_FRAMES): Simulation {
  const job = startSimulation(s, maxFrames);
  while (!job.advance(1000)) {
    /* keep going */
  }
  return job.sim;
}

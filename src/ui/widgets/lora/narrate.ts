/**
 * "What just happened" for the LoRA widget, from one frame (and the one before): adapters loaded
 * from storage or copied from the CPU cache into a GPU slot, and requests skipped because of
 * `max_loras`. Pure, so tests and the screen-reader text share it.
 */
import { adapterLabel } from '../../../widget-models/lora/settings.ts';
import type { LoraFrame } from '../../../widget-models/lora/types.ts';
import type { NarrationEntry } from '../kit/narration.ts';

const list = (xs: readonly number[]) => [...new Set(xs)].map(adapterLabel).join(', ');

/** Sentences for `frame` (the previous frame tells which slots changed). */
export function narrateFrame(frame: LoraFrame | undefined, prev: LoraFrame | undefined, maxLoras: number): NarrationEntry[] {
  if (!frame) return [];
  const out: NarrationEntry[] = [];
  const t = `${(frame.tMs / 1000).toFixed(1)} s`;
  if (frame.loads.length > 0) {
    out.push({
      key: `load-${frame.tMs}`,
      tone: 'warn',
      text: `${t}: adapter ${list(frame.loads)} not in the CPU cache: loaded from storage, then copied into a GPU slot (▲).`,
      why: 'An adapter missing from the CPU cache (max_cpu_loras, least recently used first) is read from disk before the step can run; the estimated load time is added to that step.',
    });
  }
  if (frame.hits.length > 0) {
    out.push({
      key: `hit-${frame.tMs}`,
      tone: 'ok',
      text: `${t}: adapter ${list(frame.hits)} copied from the CPU cache into a GPU slot (●), no disk read.`,
      why: 'The adapter was still registered in host memory, so only the host-to-GPU copy is paid.',
    });
  }
  const deferred = frame.deferred.reduce((a, b) => a + b, 0);
  if (deferred > 0) {
    const who = frame.deferred.flatMap((n, a) => (n > 0 ? [a] : []));
    out.push({
      key: `defer-${frame.tMs}`,
      tone: 'danger',
      text: `${t}: ${deferred} waiting request${deferred === 1 ? '' : 's'} for ${list(who)} skipped: the batch already holds ${list(frame.batch)} and max_loras is ${maxLoras}.`,
      why: 'vLLM’s scheduler skips a waiting request whose adapter would make the batch use more than max_loras distinct adapters; it stays at the head of the queue and is tried again next step.',
    });
  }
  if (prev) {
    const left = prev.slots.filter((a) => a >= 0 && !frame.slots.includes(a));
    if (left.length > 0 && frame.loads.length + frame.hits.length > 0) {
      out.push({ key: `evict-${frame.tMs}`, tone: 'info', text: `${t}: ${list(left)} left ${left.length === 1 ? 'its GPU slot' : 'their GPU slots'} (least recently used).` });
    }
  }
  return out;
}

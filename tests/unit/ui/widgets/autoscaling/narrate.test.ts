import { describe, expect, it } from 'vitest';
import { narrateWindow } from '../../../../../src/ui/widgets/autoscaling/narrate.ts';
import type { RunEvent } from '../../../../../src/widget-models/autoscaling/timeline.ts';

const ev = (t: number, kind: RunEvent['kind'], value = 0, detail = 0): RunEvent => ({ t, kind, value, detail });

describe('autoscaling narration', () => {
  const events = [ev(60, 'scale-to-zero'), ev(240, 'pod-created', 1), ev(242, 'queue-start', 5), ev(246, 'panic-start', 2), ev(246, 'pod-created', 2), ev(250, 'pod-created', 3), ev(456, 'pod-ready', 1, 216)];

  it('tells each kind of moment once per window, newest first, pods grouped', () => {
    const out = narrateWindow(events, 238, 250);
    expect(out.map((e) => e.text)).toEqual([
      '246 s: the KPA entered panic and wants 2 pods.',
      '242 s: requests are waiting at the activator (5 held): no ready pod can take them.',
      '240 s: 3 pods created (1, 2, 3); the cold start begins.',
    ]);
    expect(out[0]?.why).toMatch(/panic-threshold-percentage/);
  });

  it('includes the window’s end, excludes its start, and names the cold start’s length', () => {
    expect(narrateWindow(events, 60, 240).map((e) => e.key)).toEqual(['pod-created-240-1']);
    expect(narrateWindow(events, 450, 456)[0]?.text).toBe('456 s: pod 1 is ready after a 3 min 36 s cold start.');
    expect(narrateWindow(events, 0, 600, 2)).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { advance, changeSpeed, initialPlayback, play, resize, seek, step, togglePlay } from '../../../../../src/ui/widgets/kit/playback.ts';

describe('playback', () => {
  it('clamps frames and starts over when played from the end', () => {
    const p = initialPlayback(10, 42);
    expect(p.frame).toBe(9);
    const q = play(p);
    expect(q).toMatchObject({ frame: 0, playing: true });
    expect(step(q, -5)).toMatchObject({ frame: 0, playing: false });
    expect(seek(q, 4)).toMatchObject({ frame: 4, playing: true });
  });

  it('advances by wall time × speed and stops at the last frame', () => {
    let p = play(initialPlayback(20));
    let carry = 0;
    ({ playback: p, carry } = advance(p, 100, 10, carry)); // 1 frame at 10 fps
    expect(p.frame).toBe(1);
    ({ playback: p, carry } = advance(p, 50, 10, carry)); // half a frame carried
    expect(p.frame).toBe(1);
    expect(carry).toBeCloseTo(0.5);
    p = changeSpeed(changeSpeed(p, 1), 1); // 1 → 2 → 4
    expect(p.speed).toBe(4);
    ({ playback: p } = advance(p, 1000, 10, carry));
    expect(p).toMatchObject({ frame: 19, playing: false });
  });

  it('keeps speed within the offered list and the frame within a new length', () => {
    let p = initialPlayback(5, 0, 64);
    expect(changeSpeed(p, 1).speed).toBe(64);
    p = initialPlayback(5, 0, 0.25);
    expect(changeSpeed(p, -1).speed).toBe(0.25);
    expect(resize(seek(initialPlayback(50), 40), 10).frame).toBe(9);
    expect(togglePlay(initialPlayback(1)).playing).toBe(false);
  });
});

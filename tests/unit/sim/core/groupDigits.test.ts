import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../../../src/sim/core/groupDigits.ts';

describe('groupDigits', () => {
  it('writes whole numbers as en-US does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(groupDigits(n)).toBe((n === 0 ? 0 : n).toLocaleString('en-US'));
      }),
    );
  });

  it('rounds fractions first, and keeps the edges readable', () => {
    expect(groupDigits(4_194_304)).toBe('4,194,304');
    expect(groupDigits(999.5)).toBe('1,000');
    expect(groupDigits(-1234.4)).toBe('-1,234');
    expect(groupDigits(-0.2)).toBe('0');
    expect(groupDigits(100)).toBe('100');
    expect(groupDigits(Number.NaN)).toBe('NaN');
    expect(groupDigits(1e21)).toBe((1e21).toLocaleString('en-US'));
  });
});

import { describe, expect, it } from 'vitest';
import { boolField, decodeUrlState, encodeUrlState, enumField, intField, intTupleListField, numberChoiceField, optionalIdField, type UrlFields } from '../../../../../src/ui/widgets/kit/urlCodec.ts';

interface T {
  bs: number;
  nb: number;
  pc: boolean;
  mode: 'a' | 'b';
  sp: number;
  sel: string | null;
  rq: readonly (readonly number[])[];
}
const fields: UrlFields<T> = {
  bs: numberChoiceField([1, 8, 16, 32]),
  nb: intField(2, 16384),
  pc: boolField(),
  mode: enumField(['a', 'b']),
  sp: numberChoiceField([0.25, 1, 2]),
  sel: optionalIdField(),
  rq: intTupleListField([
    [1, 100],
    [1, 8],
  ], 3),
};
const defaults: T = { bs: 16, nb: 128, pc: true, mode: 'a', sp: 1, sel: null, rq: [[10, 1]] };

describe('URL codec', () => {
  it('writes nothing for the defaults and round-trips a changed state', () => {
    expect(encodeUrlState(fields, defaults, defaults)).toBeUndefined();
    const s: T = { bs: 32, nb: 4096, pc: false, mode: 'b', sp: 0.25, sel: '1_r3', rq: [] };
    const text = encodeUrlState(fields, s, defaults) as string;
    expect(text).toBe('bs.32_nb.4096_pc.0_mode.b_sp.0.25_sel.1.r3_rq.none');
    // Only characters URLSearchParams leaves alone.
    expect(new URLSearchParams({ kv: text }).toString()).toBe(`kv=${text}`);
    expect(decodeUrlState(fields, text, defaults)).toEqual({ value: s, rejected: [] });
  });

  it('falls back field by field on impossible values, and reports them', () => {
    const r = decodeUrlState(fields, 'bs.0_nb.9999999_pc.maybe_rq.5x1-500x2_mode.b', defaults);
    expect(r.value).toEqual({ ...defaults, mode: 'b' });
    expect(r.rejected).toEqual(['bs=0', 'nb=9999999', 'pc=maybe', 'rq=5x1-500x2']);
  });

  it('survives garbage: non-strings, unknown keys, empty pairs', () => {
    expect(decodeUrlState(fields, { evil: true }, defaults).value).toEqual(defaults);
    expect(decodeUrlState(fields, { evil: true }, defaults).rejected).toHaveLength(1);
    expect(decodeUrlState(fields, 12345, defaults).value).toEqual(defaults);
    expect(decodeUrlState(fields, '___zz.1_nb', defaults)).toEqual({ value: defaults, rejected: ['nb=(empty)'] });
    expect(decodeUrlState(fields, 'rq.1x1-1x1-1x1-1x1', defaults).rejected).toEqual(['rq=1x1-1x1-1x1-1x1']);
  });
});

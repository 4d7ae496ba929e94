import { describe, expect, it } from 'vitest';
import { linkNotice } from '../../../../../src/ui/widgets/kit/useUrlState.ts';
import { boolField, decodeUrlState, encodeUrlState, enumField, intField, intTupleListField, keyed, numberChoiceField, optionalIdField, type UrlFields, type UrlSchema } from '../../../../../src/ui/widgets/kit/urlCodec.ts';

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
    expect(text).toBe('v.1_bs.32_nb.4096_pc.0_mode.b_sp.0.25_sel.1.r3_rq.none');
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

  it('reads links written before the version pair existed as version 1', () => {
    expect(decodeUrlState(fields, 'bs.32_mode.b', defaults)).toEqual({ value: { ...defaults, bs: 32, mode: 'b' }, rejected: [] });
    expect(decodeUrlState(fields, 'v.x_bs.32', defaults)).toEqual({ value: { ...defaults, bs: 32 }, rejected: ['the version'] });
  });
});

describe('readable names, short keys and versions', () => {
  interface R {
    blockSize: number;
    prefixCaching: boolean;
    rate: number;
  }
  const rDefaults: R = { blockSize: 16, prefixCaching: true, rate: 8 };
  const v1: UrlSchema<R> = {
    version: 1,
    fields: { blockSize: keyed('bs', numberChoiceField([8, 16, 32])), prefixCaching: keyed('pc', boolField()), rate: intField(1, 100) },
  };
  // Version 2: `rate` became requests per minute (was per second), and `pc` was renamed `apc`.
  const v2: UrlSchema<R> = {
    version: 2,
    fields: { blockSize: keyed('bs', numberChoiceField([8, 16, 32])), prefixCaching: keyed('apc', boolField()), rate: intField(1, 6000) },
    upgrades: {
      1: (pairs) => {
        const out = new Map(pairs);
        const pc = out.get('pc');
        out.delete('pc');
        if (pc !== undefined) out.set('apc', pc);
        const rate = out.get('rate');
        if (rate !== undefined && /^\d+$/.test(rate)) out.set('rate', String(Number(rate) * 60));
        return out;
      },
    },
  };

  it('writes short keys after the version and reads them back into readable properties', () => {
    const s: R = { blockSize: 32, prefixCaching: false, rate: 8 };
    expect(encodeUrlState(v1, s, rDefaults)).toBe('v.1_bs.32_pc.0');
    expect(decodeUrlState(v1, 'v.1_bs.32_pc.0', rDefaults)).toEqual({ value: s, rejected: [] });
    // The readable property name is not a URL key.
    expect(decodeUrlState(v1, 'blockSize.32', rDefaults).value).toEqual(rDefaults);
    expect(decodeUrlState(v1, 'bs.7', rDefaults).rejected).toEqual(['blockSize=7']);
  });

  it('brings an old link forward so it keeps its meaning', () => {
    const old = encodeUrlState(v1, { blockSize: 8, prefixCaching: false, rate: 2 }, rDefaults);
    expect(decodeUrlState(v2, old, rDefaults)).toEqual({ value: { blockSize: 8, prefixCaching: false, rate: 120 }, rejected: [] });
    expect(decodeUrlState(v2, 'pc.0_rate.3', rDefaults).value).toEqual({ blockSize: 16, prefixCaching: false, rate: 180 });
  });

  it('says when a link is older than any upgrade, or newer than this build', () => {
    const v3: UrlSchema<R> = { ...v2, version: 3 };
    const older = decodeUrlState(v3, 'v.1_bs.8_rate.2', rDefaults);
    expect(older.versionNote).toBe('older');
    expect(older.value.blockSize).toBe(8);
    const newer = decodeUrlState(v1, 'v.9_bs.32_zz.1', rDefaults);
    expect(newer).toEqual({ value: { ...rDefaults, blockSize: 32 }, rejected: [], versionNote: 'newer' });
    expect(linkNotice(older, 'the KV widget')).toMatch(/older version of the KV widget/);
    expect(linkNotice(newer, 'the KV widget')).toMatch(/newer version of the KV widget/);
    expect(linkNotice(decodeUrlState(v1, 'v.1_bs.32', rDefaults), 'x')).toBeNull();
  });

  it('refuses a reserved or repeated short key', () => {
    const clash: UrlFields<R> = { blockSize: keyed('v', intField(1, 64)), prefixCaching: boolField(), rate: intField(1, 9) };
    expect(() => encodeUrlState(clash, { ...rDefaults, blockSize: 2 }, rDefaults)).toThrow(/reserved/);
    const twice: UrlFields<R> = { blockSize: keyed('rate', intField(1, 64)), prefixCaching: boolField(), rate: intField(1, 9) };
    expect(() => decodeUrlState(twice, 'rate.2', rDefaults)).toThrow(/repeated/);
  });
});

import * as v from 'valibot';
import { beforeEach, expect, it } from 'vitest';
import { noticeStore } from '../../../../src/state/notices.ts';
import { forgivingSearch } from '../../../../src/state/searchParams.ts';

const validateTyped = forgivingSearch(
  {
    speed: { schema: v.pipe(v.number(), v.minValue(0.25), v.maxValue(8)), fallback: 1 },
    mode: { schema: v.picklist(['a', 'b']), fallback: 'a' },
  },
  'the widget',
);
// The router passes raw, untyped params; so do these tests.
const validate = (raw: Record<string, unknown>) => validateTyped(raw as Parameters<typeof validateTyped>[0]);

beforeEach(() => noticeStore.setState({ notices: [] }));

it('keeps valid values and fills in defaults silently', () => {
  expect(validate({ speed: 2 })).toEqual({ speed: 2, mode: 'a' });
  expect(noticeStore.getState().notices).toEqual([]);
});

it('replaces each bad value with its default and says which', () => {
  expect(validate({ speed: 99, mode: 'b' })).toEqual({ speed: 1, mode: 'b' });
  expect(noticeStore.getState().notices[0]?.message).toMatch(/speed=99/);
});

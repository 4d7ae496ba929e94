/**
 * Every widget's URL fields, checked together: a widget at its default preset adds nothing to
 * the URL, every preset survives the trip through its link, and the state keeps readable
 * property names (the short keys live in the URL only).
 */
import { describe, expect, it } from 'vitest';
import { withTimeline } from '../../../../../src/ui/widgets/kit/defineWidget.tsx';
import { decodeUrlState, encodeUrlState, schemaOf, type UrlSpec } from '../../../../../src/ui/widgets/kit/urlCodec.ts';
import { AUTOSCALING_URL_FIELDS } from '../../../../../src/ui/widgets/autoscaling/urlFields.ts';
import { BATCH_URL_FIELDS } from '../../../../../src/ui/widgets/batching/urlFields.ts';
import { KV_URL_FIELDS } from '../../../../../src/ui/widgets/kv-paging/urlFields.ts';
import { LOAD_TEST_URL_FIELDS } from '../../../../../src/ui/widgets/load-test/urlFields.ts';
import { LORA_URL } from '../../../../../src/ui/widgets/lora/urlFields.ts';
import { QUANTIZATION_URL_FIELDS } from '../../../../../src/ui/widgets/quantization/urlFields.ts';
import { REQUEST_PATH_URL_FIELDS } from '../../../../../src/ui/widgets/request-path/urlFields.ts';
import { ROUTING_URL_FIELDS } from '../../../../../src/ui/widgets/routing/urlFields.ts';
import { SPEC_URL_FIELDS } from '../../../../../src/ui/widgets/spec-decoding/urlFields.ts';
import { TP_URL_FIELDS } from '../../../../../src/ui/widgets/tensor-parallel/urlFields.ts';
import { AUTOSCALING_PRESETS, presetOf as autoscalingPreset } from '../../../../../src/widget-models/autoscaling/presets.ts';
import { BATCH_PRESETS, presetOf as batchPreset } from '../../../../../src/widget-models/batching/presets.ts';
import { KV_PRESETS, presetOf as kvPreset } from '../../../../../src/widget-models/kv-paging/presets.ts';
import { LOAD_TEST_PRESETS, presetOf as loadTestPreset } from '../../../../../src/widget-models/load-test/presets.ts';
import { LORA_PRESETS, presetOf as loraPreset } from '../../../../../src/widget-models/lora/presets.ts';
import { QUANTIZATION_PRESETS, presetOf as quantizationPreset } from '../../../../../src/widget-models/quantization/presets.ts';
import { REQUEST_PATH_PRESETS, presetOf as requestPathPreset } from '../../../../../src/widget-models/request-path/presets.ts';
import { ROUTING_PRESETS, presetOf as routingPreset } from '../../../../../src/widget-models/routing/presets.ts';
import { SPEC_PRESETS, presetOf as specPreset } from '../../../../../src/widget-models/spec-decoding/presets.ts';
import { TP_PRESETS, presetOf as tpPreset } from '../../../../../src/widget-models/tensor-parallel/presets.ts';

type State = Record<string, unknown>;

interface WidgetUrl {
  readonly spec: UrlSpec<State>;
  readonly defaults: State;
  readonly presets: readonly { readonly id: string; readonly state: State }[];
}

function widget<T>(spec: UrlSpec<T>, defaults: T, presets: Readonly<Record<string, { readonly id: string; readonly state: T }>>): WidgetUrl {
  return { spec: spec as unknown as UrlSpec<State>, defaults: defaults as unknown as State, presets: Object.values(presets) as unknown as WidgetUrl['presets'] };
}

/** One entry per `src/ui/widgets/<widget>/urlFields.ts` (the last test checks none is missing). */
const WIDGETS: Readonly<Record<string, WidgetUrl>> = {
  autoscaling: widget(withTimeline(AUTOSCALING_URL_FIELDS), autoscalingPreset(undefined).state, AUTOSCALING_PRESETS),
  batching: widget(BATCH_URL_FIELDS, batchPreset(undefined).state, BATCH_PRESETS),
  'kv-paging': widget(KV_URL_FIELDS, kvPreset(undefined).state, KV_PRESETS),
  'load-test': widget(LOAD_TEST_URL_FIELDS, loadTestPreset(undefined).state, LOAD_TEST_PRESETS),
  lora: widget(LORA_URL, loraPreset(undefined).state, LORA_PRESETS),
  quantization: widget(QUANTIZATION_URL_FIELDS, quantizationPreset(undefined).state, QUANTIZATION_PRESETS),
  'request-path': widget(withTimeline(REQUEST_PATH_URL_FIELDS, 10_000), requestPathPreset(undefined).state, REQUEST_PATH_PRESETS),
  routing: widget(ROUTING_URL_FIELDS, routingPreset(undefined).state, ROUTING_PRESETS),
  'spec-decoding': widget(withTimeline(SPEC_URL_FIELDS), specPreset(undefined).state, SPEC_PRESETS),
  'tensor-parallel': widget(TP_URL_FIELDS, tpPreset(undefined).state, TP_PRESETS),
};

/**
 * Property names of three characters or fewer that are terms in their own right: `tp`
 * (`--tensor-parallel-size`, "TP" everywhere), `k` (the number of speculative tokens, as the
 * papers write it), `gpu`, and `rps` (KServe's requests-per-second metric). Any other name that
 * short is an abbreviation: spell it out and keep the abbreviation as its URL key.
 */
const SHORT_NAMES_ALLOWED: ReadonlySet<string> = new Set(['tp', 'k', 'gpu', 'rps']);


describe('widget URL fields', () => {
  for (const [name, w] of Object.entries(WIDGETS)) {
    describe(name, () => {
      const { fields } = schemaOf(w.spec);
      const props = Object.keys(fields);

      it('adds nothing to the URL at its default preset', () => {
        expect(encodeUrlState(w.spec, w.defaults, w.defaults)).toBeUndefined();
      });

      it.each(w.presets.map((p) => [p.id, p.state] as const))('carries preset %s through its link unchanged', (_id, state) => {
        const text = encodeUrlState(w.spec, state, w.defaults);
        const back = decodeUrlState(w.spec, text, w.defaults);
        expect(back.rejected).toEqual([]);
        expect(back.versionNote).toBeUndefined();
        for (const prop of props) expect(back.value[prop], prop).toEqual(state[prop]);
      });

      it('uses readable property names (short keys stay in the URL)', () => {
        const cryptic = props.filter((p) => p.length <= 3 && !SHORT_NAMES_ALLOWED.has(p));
        expect(cryptic).toEqual([]);
      });
    });
  }

  it('covers every widget that has URL fields', () => {
    const files = Object.keys(import.meta.glob('../../../../../src/ui/widgets/*/urlFields.ts'));
    const widgets = files.map((f) => /widgets\/([^/]+)\/urlFields\.ts$/.exec(f)?.[1]).sort();
    expect(widgets).toEqual(Object.keys(WIDGETS).sort());
  });
});

/**
 * A widget is its model, its drawing and its settings; `defineWidget` is everything else. From a
 * definition it builds the lesson-facing component: the preset lookup (an unknown id fails inside
 * the widget's error boundary), the slot with its reserved size, the store, the worker run, the
 * URL binding with its versioned short keys, playback, the frame loop and the keyboard.
 */
import { type ComponentType, lazy } from 'react';
import { useStore } from 'zustand';
import type { WidgetModel } from '../../../widget-models/model.ts';
import { findPreset } from '../../../widget-models/presets.ts';
import type { ActionRegistry } from './actions.ts';
import type { ModelBinding } from './attachModel.ts';
import { createWidgetStore, type WidgetContext } from './createWidgetContext.tsx';
import type { FrameLoop } from './frameLoop.ts';
import { freshCopy } from './freshCopy.ts';
import type { KitState } from './kitState.ts';
import { applyPlayedUrlState, frameField, playedUrlStateOf, SPEED_FIELD, type PlayedUrlState } from './playedSettings.ts';
import { presetHeading } from './presetHeading.ts';
import { initialSimulationState } from './simulationState.ts';
import { schemaOf, type UrlSchema, type UrlSpec } from './urlCodec.ts';
import { useWidgetHost } from './useWidgetHost.ts';
import { WidgetSlot } from './WidgetSlot.tsx';

/** A lesson-facing preset: where the widget starts, and the words that say what to try. */
export interface WidgetPreset<S> {
  readonly id: string;
  readonly title: string;
  /** One or two sentences under the title: what to look at, what to try. */
  readonly guide: string;
  /** The settings, and for a widget with a timeline optionally the frame and speed to open at. */
  readonly state: S & Partial<Pick<PlayedUrlState<S>, 'frame' | 'speed'>>;
}

/** What the lesson sees of a widget before its body loads: its name and its presets. */
export interface WidgetShell<S> {
  /** The slot's kind (`lora`): CSS reserves the body's height by it; tests find the widget by it. */
  readonly kind: string;
  /** Title when a lesson gives none and the preset cannot be found. */
  readonly name: string;
  /** How a notice names it: "the multi-LoRA widget". */
  readonly label: string;
  readonly presets: Readonly<Record<string, WidgetPreset<S>>>;
  readonly defaultPreset: string;
  /** The heading is "<titlePrefix>: <preset title>" (first word lower-cased where it is an ordinary word); default: the preset's title. */
  readonly titlePrefix?: string;
}

/**
 * The body: the store, the model run and the drawing. `X` is store state that is neither a
 * setting nor in the URL (a form being filled in), for actions that read it; `M` is what the
 * model takes, when that is not the settings as the store and the URL hold them.
 */
export interface WidgetBodyDefinition<S, R, X extends object = object, M = S> {
  readonly kind: string;
  readonly label: string;
  readonly context: WidgetContext<KitState<S, R> & X>;
  readonly model: WidgetModel<M, R>;
  /** The model's input made from the settings; required when `M` is not `S`. */
  readonly modelInputOf?: (settings: S) => M;
  /** The result before the first snapshot: give it the final shape, so the layout does not move. */
  readonly empty: R;
  /** Frames in a result (default 1: a widget without a timeline). */
  readonly frameCount?: (result: R) => number;
  /** Settings that give the same result map to the same key (default: the settings as JSON). */
  readonly keyOf?: (settings: S) => string;
  /** URL fields of the settings, with their short keys; frame and speed are added for a timeline. */
  readonly url: UrlSpec<S>;
  /** Frames per second at 1×, for a widget with a timeline; absent for one without. */
  readonly fps?: number;
  /** The largest frame a link may ask for (default 100,000). */
  readonly maxFrame?: number;
  /** How often text panels follow the playing frame (default: the kit's). */
  readonly panelIntervalMs?: number;
  /** The initial value of the store state that is not settings (`X`); Reset leaves it. */
  readonly extra?: X;
  readonly actions: ActionRegistry<KitState<S, R> & X>;
  /** The drawing: reads the store through `context`, and the actions it shows. */
  readonly Layout: ComponentType<{ readonly actions: ActionRegistry<KitState<S, R> & X>; readonly loop: FrameLoop }>;
}

/** Everything that makes one widget kind what it is. */
export type WidgetDefinition<S, R, X extends object = object, M = S> = WidgetShell<S> & WidgetBodyDefinition<S, R, X, M>;

/** A built body, as `widgetBody` returns it: the default export of a lazily loaded `<Name>Body.tsx`. */
export type WidgetBody<S> = ComponentType<{ readonly ns: string; readonly defaults: PlayedUrlState<S> }>;

/** The props every widget takes in MDX. */
export interface WidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: string;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/** Builds the lesson-facing component of a widget, body included. @see docs/widget-kit.md */
export function defineWidget<S, R, X extends object = object, M = S>(def: WidgetDefinition<S, R, X, M>): ComponentType<WidgetProps> {
  return widgetShell(def, widgetBody(def));
}

/**
 * The same, with the body in a chunk of its own that loads when the reader comes near the widget
 * (`load: () => import('./NameBody.tsx')`, whose default export is `widgetBody({...})`): a lesson
 * then carries only the widget's name and presets until then.
 */
export function defineLazyWidget<S>(shell: WidgetShell<S> & { readonly load: () => Promise<{ default: WidgetBody<S> }> }): ComponentType<WidgetProps> {
  return widgetShell(shell, lazy(shell.load));
}

/** The store, the worker run, the URL binding, playback and the keyboard around a drawing. */
export function widgetBody<S, R, X extends object = object, M = S>(def: WidgetBodyDefinition<S, R, X, M>): WidgetBody<S> {
  type T = KitState<S, R> & X;
  const url = def.fps === undefined ? (schemaOf(def.url) as unknown as UrlSchema<PlayedUrlState<S>>) : withTimeline(def.url, def.maxFrame);
  const simulation: ModelBinding<T, S, R, M> = {
    model: def.model,
    settingsOf: (s) => s.settings,
    ...(def.modelInputOf ? { inputOf: def.modelInputOf } : {}),
    ...(def.keyOf ? { keyOf: def.keyOf } : {}),
    install: (result) => ({ result: freshCopy(result) }) as Partial<T>,
    frameCount: def.frameCount ?? (() => 1),
  };
  const createStore = (initial: PlayedUrlState<S>, defaults: PlayedUrlState<S>) => {
    const { frame, speed, ...settings } = initial;
    return createWidgetStore<T>(() => ({ ...(def.extra as X), settings: settings as S, defaults, result: def.empty, ...initialSimulationState(frame, speed) }));
  };

  function Body({ ns, defaults }: { readonly ns: string; readonly defaults: PlayedUrlState<S> }) {
    const { api, loop, rootRef } = useWidgetHost({
      ns,
      fields: url,
      defaults,
      label: def.label,
      createStore,
      applyUrlState: applyPlayedUrlState,
      urlStateOf: playedUrlStateOf,
      simulation,
      actions: def.actions,
      baseFps: def.fps ?? 1,
      ...(def.panelIntervalMs === undefined ? {} : { panelIntervalMs: def.panelIntervalMs }),
    });
    const computing = useStore(api, (s) => s.computing);
    const { Provider } = def.context;
    return (
      <Provider store={api}>
        <div ref={rootRef} className={`${def.kind}-widget`} data-widget={def.kind} data-ns={ns} data-computing={computing ? 'true' : 'false'}>
          <def.Layout actions={def.actions} loop={loop} />
        </div>
      </Provider>
    );
  }
  Body.displayName = `WidgetBody(${def.kind})`;
  return Body;
}

/** The lesson-facing part: the preset lookup (a typo fails inside the slot) and the slot around the body. */
function widgetShell<S>(def: WidgetShell<S>, Body: WidgetBody<S>): ComponentType<WidgetProps> {
  function Widget({ id = def.kind, preset, title, headingLevel = 3 }: WidgetProps) {
    let p: WidgetPreset<S>;
    try {
      p = findPreset(def.presets, preset, def.defaultPreset, def.label);
    } catch (error) {
      return <WidgetSlot kind={def.kind} ns={id} title={title ?? def.name} headingLevel={headingLevel} error={error} />;
    }
    const defaults = { frame: 0, speed: 1, ...p.state } as PlayedUrlState<S>;
    return (
      <WidgetSlot kind={def.kind} ns={id} title={title ?? (def.titlePrefix ? presetHeading(def.titlePrefix, p.title) : p.title)} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id} preset={p.id}>
        <Body ns={id} defaults={defaults} />
      </WidgetSlot>
    );
  }
  Widget.displayName = `Widget(${def.kind})`;
  return Widget;
}

/** The settings' URL schema plus the frame (`f`) and speed (`sp`) of a widget with a timeline. */
export function withTimeline<S>(spec: UrlSpec<S>, maxFrame?: number): UrlSchema<PlayedUrlState<S>> {
  const schema = schemaOf(spec);
  return { ...schema, fields: { ...schema.fields, frame: frameField(maxFrame), speed: SPEED_FIELD } } as UrlSchema<PlayedUrlState<S>>;
}

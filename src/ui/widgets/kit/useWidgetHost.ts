/**
 * The wiring every widget shares: URL state in and out, one store per instance, one frame loop,
 * the simulation and panel-frame attachments, playback and keyboard shortcuts. `widgetBody`
 * (defineWidget.tsx) calls this once per widget and renders its Provider around `rootRef`.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ActionRegistry } from './actions.ts';
import { attachModel, type ModelBinding } from './attachModel.ts';
import { createFrameLoop, type FrameLoop } from './frameLoop.ts';
import { createModelRunner } from './modelRunner.ts';
import { attachPanelFrame } from './panelFrame.ts';
import type { SimulationState } from './simulationState.ts';
import { usePlaybackLoop } from './usePlaybackLoop.ts';
import { useShortcuts } from './useShortcuts.ts';
import { type UrlStateOptions, useUrlState } from './useUrlState.ts';

export interface WidgetHostOptions<S extends SimulationState, U> extends Omit<UrlStateOptions<U>, 'onExternalChange'> {
  /** Builds the instance's store from the decoded URL state (and the preset's defaults). */
  readonly createStore: (initial: U, defaults: U) => StoreApi<S>;
  /** Applies URL state that changed from outside (back/forward, a pasted link). */
  readonly applyUrlState: (api: StoreApi<S>, value: U) => void;
  /** The part of the state that belongs in the URL. */
  readonly urlStateOf: (state: S) => U;
  /** The widget's model and where its results go in the store (run in a worker by the kit). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget binds its own settings and result types
  readonly simulation: ModelBinding<S, any, any>;
  readonly actions: ActionRegistry<S>;
  /** Snapshots per second at speed 1×. */
  readonly baseFps: number;
  /** How often text panels follow the playing frame. */
  readonly panelIntervalMs?: number;
}

export interface WidgetHost<S> {
  readonly api: StoreApi<S>;
  readonly loop: FrameLoop;
  readonly rootRef: RefObject<HTMLDivElement | null>;
}

export function useWidgetHost<S extends SimulationState, U>(opts: WidgetHostOptions<S, U>): WidgetHost<S> {
  const apiRef = useRef<StoreApi<S> | null>(null);
  const { createStore, applyUrlState, urlStateOf, simulation, actions, baseFps, panelIntervalMs, ...urlOpts } = opts;
  const url = useUrlState<U>({
    ...urlOpts,
    onExternalChange: (v) => {
      if (apiRef.current) applyUrlState(apiRef.current, v);
    },
  });
  const [api] = useState(() => createStore(url.initial, opts.defaults));
  const [loop] = useState(createFrameLoop);
  const rootRef = useRef<HTMLDivElement>(null);
  const write = url.write;
  // Setup functions are module-level constants in every widget; read them once per store.
  const [setup] = useState(() => ({ simulation, urlStateOf, panelIntervalMs }));

  useEffect(() => {
    apiRef.current = api;
    const runner = createModelRunner();
    const detachSim = attachModel(api, setup.simulation, runner);
    const detachPanels = attachPanelFrame(api, setup.panelIntervalMs);
    return () => {
      detachPanels();
      detachSim();
      runner.dispose();
    };
  }, [api, setup]);
  useEffect(() => () => loop.dispose(), [loop]);
  // Until its first run is complete the widget is laid out but not shown (widget.css): panels
  // that take their final shape when the figures arrive then reflow unseen, not under the reader.
  useLayoutEffect(() => {
    const el = rootRef.current;
    if (!el) return undefined;
    el.dataset.ready = api.getState().computing ? 'false' : 'true';
    if (el.dataset.ready === 'true') return undefined;
    const unsub = api.subscribe((s) => {
      if (s.computing) return;
      el.dataset.ready = 'true';
      unsub();
    });
    return unsub;
  }, [api]);
  usePlaybackLoop(api, loop, baseFps);
  useShortcuts(rootRef, actions, api);
  useEffect(
    () =>
      // While playing, the URL keeps the frame where playback started: no write per frame.
      api.subscribe((s) => {
        if (!s.playback.playing) write(setup.urlStateOf(s));
      }),
    [api, write, setup],
  );
  return { api, loop, rootRef };
}

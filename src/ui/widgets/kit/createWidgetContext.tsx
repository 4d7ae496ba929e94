/**
 * One zustand store per widget instance, handed down by React context (xyflow's pattern).
 * Two widgets on a page, or an A/B pair, each get their own store and never collide.
 */
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** The hooks and provider of one widget kind. */
export interface WidgetContext<S> {
  /** Puts one instance's store in context for everything below it. */
  readonly Provider: (props: { readonly store: StoreApi<S>; readonly children: ReactNode }) => ReactNode;
  /** The instance's store itself, for actions and subscriptions outside render. */
  useWidgetApi(): StoreApi<S>;
  /** Subscribes to one slice; the component re-renders only when that slice changes (Object.is). */
  useWidget<T>(select: (state: S) => T): T;
}

/**
 * Creates the context for one widget kind.
 * @param name shown in the error when a hook is used outside its provider
 * @example
 * const Kv = createWidgetContext<KvState>('KV paging');
 * const store = createWidgetStore(() => initialKvState());
 * <Kv.Provider store={store}><Grid /></Kv.Provider>  // in Grid: Kv.useWidget((s) => s.frame)
 */
export function createWidgetContext<S>(name: string): WidgetContext<S> {
  const Ctx = createContext<StoreApi<S> | null>(null);
  function Provider({ store, children }: { readonly store: StoreApi<S>; readonly children: ReactNode }) {
    return <Ctx.Provider value={store}>{children}</Ctx.Provider>;
  }
  function useWidgetApi(): StoreApi<S> {
    const store = useContext(Ctx);
    if (!store) throw new Error(`${name}: a widget hook was used outside its provider`);
    return store;
  }
  function useWidget<T>(select: (state: S) => T): T {
    return useStore(useWidgetApi(), select);
  }
  return { Provider, useWidgetApi, useWidget };
}

/** Creates one widget instance's store (a plain vanilla zustand store; no module singletons). */
export function createWidgetStore<S extends object>(initial: () => S): StoreApi<S> {
  return createStore<S>()(initial);
}

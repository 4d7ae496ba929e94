import { lazy, Suspense, useCallback, useId, useState } from 'react';
import { performAction } from '../kit/actions.ts';
import { NumberField } from '../kit/NumberField.tsx';
import { KV_ACTIONS } from './actions.ts';
import { BLOCK_SIZE_CHOICES, LIMITS, type KvSettings, withBlockSize } from '../../../widget-models/kv-paging/settings.ts';
import { Kv, updateSettings } from './store.ts';

// The hardware panel is loaded only when someone opens it.
const DeriveBlocks = lazy(() => import('./DeriveBlocks.tsx'));

/** The scenario's settings. Every change re-runs both allocators from the start. */
export function SettingsForm() {
  const api = Kv.useWidgetApi();
  const s = Kv.useWidget((st) => st.settings);
  const set = useCallback((patch: Partial<KvSettings>) => updateSettings(api, patch), [api]);
  const ids = { bs: useId(), pc: useId(), par: useId(), res: useId() };
  const slots = (s.nb - 1) * s.bs;
  const [deriveOpen, setDeriveOpen] = useState(false);
  return (
    <div className="kv-settings">
      <div className="widget-field">
        <label htmlFor={ids.bs}>
          Block size (<code>--block-size</code>)
        </label>
        <select id={ids.bs} value={s.bs} onChange={(e) => set(withBlockSize(s, Number(e.currentTarget.value)))}>
          {BLOCK_SIZE_CHOICES.map((b) => (
            <option key={b} value={b}>
              {b} tokens{b === 16 ? ' (CUDA default)' : ''}
            </option>
          ))}
        </select>
        <span className="widget-hint">Same KV memory, cut into blocks of this size (keys − and =).</span>
      </div>
      <NumberField
        label={
          <>
            GPU blocks (<code>num_gpu_blocks</code>)
          </>
        }
        value={s.nb}
        min={LIMITS.nb[0]}
        max={LIMITS.nb[1]}
        onCommit={useCallback((nb: number) => set({ nb }), [set])}
        hint={`${(s.nb - 1).toLocaleString('en-US')} usable × ${s.bs} = ${slots.toLocaleString('en-US')} token slots (block 0 is the null block).`}
      />
      <details className="kv-derive-wrap" onToggle={(e) => setDeriveOpen(e.currentTarget.open)}>
        <summary>Derive the blocks from a model and GPU</summary>
        {deriveOpen ? (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <DeriveBlocks />
          </Suspense>
        ) : null}
      </details>
      <NumberField
        label={
          <>
            Max model length (<code>--max-model-len</code>)
          </>
        }
        value={s.mml}
        min={LIMITS.mml[0]}
        max={LIMITS.mml[1]}
        onCommit={useCallback((mml: number) => set({ mml }), [set])}
        hint="vLLM refuses to start if one request this long cannot fit."
      />
      <div className="widget-field widget-check">
        <input id={ids.pc} type="checkbox" checked={s.pc} onChange={() => performAction(KV_ACTIONS, 'toggle-prefix-caching', api)} />
        <label htmlFor={ids.pc}>
          Prefix caching (<code>--enable-prefix-caching</code>, key P)
        </label>
      </div>
      <NumberField label="Shared system prompt (tokens)" value={s.sys} min={LIMITS.sys[0]} max={LIMITS.sys[1]} onCommit={useCallback((sys: number) => set({ sys }), [set])} />
      <NumberField
        label="Generated requests"
        value={s.gen}
        min={LIMITS.gen[0]}
        max={LIMITS.gen[1]}
        onCommit={useCallback((gen: number) => set({ gen }), [set])}
        hint="ShareGPT-like lengths drawn from the seed; max_tokens 512."
      />
      <NumberField
        label="Their arrival rate (per second)"
        value={s.rate}
        min={LIMITS.rate[0]}
        max={LIMITS.rate[1]}
        onCommit={useCallback((rate: number) => set({ rate }), [set])}
        hint="0 = all at once."
      />
      <NumberField label="Seed (key S: next)" value={s.seed} min={LIMITS.seed[0]} max={LIMITS.seed[1]} onCommit={useCallback((seed: number) => set({ seed }), [set])} />
      <div className="widget-field">
        <label htmlFor={ids.par}>Parallel sampling (n &gt; 1)</label>
        <select id={ids.par} value={s.par} onChange={(e) => set({ par: e.currentTarget.value === 'fanout' ? 'fanout' : 'fork' })}>
          <option value="fork">Fork with copy-on-write (paper)</option>
          <option value="fanout">n requests sharing the prompt through the prefix cache (V1)</option>
        </select>
      </div>
      <div className="widget-field">
        <label htmlFor={ids.res}>Contiguous baseline reserves</label>
        <select id={ids.res} value={s.res} onChange={(e) => set({ res: e.currentTarget.value === 'max' ? 'max' : 'request' })}>
          <option value="request">prompt + max_tokens per request</option>
          <option value="max">max model length per request</option>
        </select>
      </div>
    </div>
  );
}

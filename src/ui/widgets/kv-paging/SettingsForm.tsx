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
  const slots = (s.numGpuBlocks - 1) * s.blockSize;
  const [deriveOpen, setDeriveOpen] = useState(false);
  return (
    <div className="kv-settings">
      <div className="widget-field">
        <label htmlFor={ids.bs}>
          Block size (<code>--block-size</code>)
        </label>
        <select id={ids.bs} value={s.blockSize} onChange={(e) => set(withBlockSize(s, Number(e.currentTarget.value)))}>
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
        value={s.numGpuBlocks}
        min={LIMITS.numGpuBlocks[0]}
        max={LIMITS.numGpuBlocks[1]}
        onCommit={useCallback((nb: number) => set({ numGpuBlocks: nb }), [set])}
        hint={`${(s.numGpuBlocks - 1).toLocaleString('en-US')} usable × ${s.blockSize} = ${slots.toLocaleString('en-US')} token slots (block 0 is the null block).`}
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
        value={s.maxModelLen}
        min={LIMITS.maxModelLen[0]}
        max={LIMITS.maxModelLen[1]}
        onCommit={useCallback((mml: number) => set({ maxModelLen: mml }), [set])}
        hint="vLLM refuses to start if one request this long cannot fit."
      />
      <div className="widget-field widget-check">
        <input id={ids.pc} type="checkbox" checked={s.enablePrefixCaching} onChange={() => performAction(KV_ACTIONS, 'toggle-prefix-caching', api)} />
        <label htmlFor={ids.pc}>
          Prefix caching (<code>--enable-prefix-caching</code>, key P)
        </label>
      </div>
      <NumberField label="Shared system prompt (tokens)" value={s.systemPromptTokens} min={LIMITS.systemPromptTokens[0]} max={LIMITS.systemPromptTokens[1]} onCommit={useCallback((sys: number) => set({ systemPromptTokens: sys }), [set])} />
      <NumberField
        label="Generated requests"
        value={s.generatedRequests}
        min={LIMITS.generatedRequests[0]}
        max={LIMITS.generatedRequests[1]}
        onCommit={useCallback((gen: number) => set({ generatedRequests: gen }), [set])}
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
        <select id={ids.par} value={s.parallelSampling} onChange={(e) => set({ parallelSampling: e.currentTarget.value === 'fanout' ? 'fanout' : 'fork' })}>
          <option value="fork">Fork with copy-on-write (paper)</option>
          <option value="fanout">n requests sharing the prompt through the prefix cache (V1)</option>
        </select>
      </div>
      <div className="widget-field">
        <label htmlFor={ids.res}>Contiguous baseline reserves</label>
        <select id={ids.res} value={s.contiguousReservation} onChange={(e) => set({ contiguousReservation: e.currentTarget.value === 'max' ? 'max' : 'request' })}>
          <option value="request">prompt + max_tokens per request</option>
          <option value="max">max model length per request</option>
        </select>
      </div>
    </div>
  );
}

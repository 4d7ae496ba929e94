import { useState } from 'react';
import { DEFAULT_HARDWARE_SELECTION, hardwareEstimate, type HardwareSelection } from '../../../sim/cost/index.ts';
import { HardwarePanel } from '../../hardware/HardwarePanel.tsx';
import { LIMITS } from '../../../widget-models/kv-paging/settings.ts';
import { Kv, updateSettings } from './store.ts';

/**
 * Derives `num_gpu_blocks` from a model and GPU as vLLM sizes it at start-up (the course's
 * "Hardware & model" panel), for the widget's block size. The choice of hardware stays local;
 * only the resulting block count goes into the widget (and its URL).
 */
export default function DeriveBlocks() {
  const api = Kv.useWidgetApi();
  const bs = Kv.useWidget((s) => s.settings.blockSize);
  const [hw, setHw] = useState<HardwareSelection>(DEFAULT_HARDWARE_SELECTION);
  const plan = hardwareEstimate(hw).plan;
  const blocks = plan ? Math.floor(plan.kvCacheBytes / (plan.kvBytesPerTokenPerGpu * bs)) : 0;
  const use = Math.max(LIMITS.numGpuBlocks[0], Math.min(LIMITS.numGpuBlocks[1], blocks));
  return (
    <div className="kv-derive">
      <HardwarePanel value={hw} onChange={setHw} headingLevel={4} />
      {plan ? (
        <p>
          vLLM would allocate about <strong>{blocks.toLocaleString('en-US')}</strong> blocks of {bs} tokens on each GPU ({(blocks * bs).toLocaleString('en-US')} token slots).
          {blocks > LIMITS.numGpuBlocks[1] ? ` The widget draws at most ${LIMITS.numGpuBlocks[1].toLocaleString('en-US')} blocks, so it would use that many.` : ''}
        </p>
      ) : (
        <p className="widget-error">This model does not fit on that GPU setup; no KV memory is left.</p>
      )}
      <button type="button" className="btn" disabled={!plan || blocks < 2} onClick={() => updateSettings(api, { numGpuBlocks: use })}>
        Use {use.toLocaleString('en-US')} blocks
      </button>
    </div>
  );
}

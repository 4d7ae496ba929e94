import { DEFAULT_GPU_MEMORY_UTILIZATION } from '../../../sim/cost/index.ts';

/** "What this model simplifies", with the names the real systems use. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          Memory is vLLM 0.33’s start-up sizing from the course’s planner: <code>gpu_memory_utilization</code> (default {DEFAULT_GPU_MEMORY_UTILIZATION}) of
          the card, minus weights, the profiling run’s activations at <code>max_num_batched_tokens</code> 8192 and an estimated
          CUDA-graph reserve; the rest is KV in 16-token blocks. Weight bytes are exact arithmetic from the config; embeddings,{' '}
          <code>lm_head</code> and norms stay bf16, as in AWQ, GPTQ, FP8 and FP4 checkpoints.
        </li>
        <li>
          Step times labelled <em>fitted</em> are the calibrated model (bf16 and FP8 W8A8 on H100 and H200, fitted to measured
          GEMMs and whole layers; where the run timed the exact layer, it is shown as <em>measured</em>). Everything else is{' '}
          <em>estimated</em>: INT8 W8A8 as the FP8 layer at the INT8 rate; Marlin W4A16 as bf16 math on 4-bit weights with
          dequantisation hidden; NVFP4/MXFP4 on Blackwell as the FP8 layer at twice the rate; A100 and B200 as the H100 fit scaled
          by datasheet rates.
        </li>
        <li>
          An fp8 KV cache halves the bytes per block and doubles the blocks; its attention is priced as bf16 (vLLM’s own
          measurements, in the lesson, show it slower at short contexts and faster at long ones). Per-tensor KV scales, no{' '}
          <code>calculate_kv_scales</code> cost.
        </li>
        <li>
          Accuracy figures are quoted from the cited evaluations, never computed: they hold for the models and tasks those sources
          tested. MoE routing, Machete and other backends (<code>--linear-backend</code>), CPU overhead and sampling are left out.
        </li>
      </ul>
    </details>
  );
}

/** "What this model simplifies", with the names vLLM uses. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          The scheduler is the course’s model of vLLM 0.33’s V1 scheduler: running requests first, then waiting ones, skipping (not rejecting) a waiting request whose adapter would
          make the step use more than <code>max_loras</code> distinct adapters; skipped requests go back to the head of the queue in order. Every request here names an adapter; none
          uses the base model alone.
        </li>
        <li>
          The adapter caches follow vLLM’s <code>LRUCacheWorkerLoRAManager</code>: <code>max_cpu_loras</code> adapters registered in host memory and <code>max_loras</code> active in
          GPU slots, both least-recently-used. Which slot number an adapter takes (the first free one) is drawn for readability; vLLM’s slot index does not change the result.
        </li>
        <li>
          Every adapter has rank <code>max_lora_rank</code> and adapts all seven projections of Llama 3.1 8B. Load time (≈ 2 GB/s from storage), slot copies (≈ 25 GB/s) and the
          per-step kernel overhead (5 % of the step plus reading each adapter once) are estimates from <code>src/sim/cost/loraCost.ts</code>, not measurements; the base step time is the
          calibrated H100 cost model. Loads happen inside the step that needs them, as vLLM does them before the forward pass.
        </li>
        <li>
          The slots’ weights (<code>max_loras</code> × an adapter of <code>max_lora_rank</code>) are taken from the KV cache, as vLLM reserves them before sizing it. CUDA graphs captured
          for LoRA, adapters on the embeddings or the LM head, and <code>--max-loras</code> above the batch’s needs costing extra kernel time are not modelled.
        </li>
        <li>
          Traffic: Poisson arrivals for 20 s, prompts 200–1,000 tokens and answers 50–250 tokens (uniform), adapters drawn per request by the chosen skew; the base-model run gets exactly
          the same requests without adapters. No dynamic loading through <code>/v1/load_lora_adapter</code>: every adapter is known at start-up.
        </li>
      </ul>
    </details>
  );
}

/** What the Lab's model leaves out, with the real names (docs/patterns-cli.md). */
export function Simplifications() {
  return (
    <details className="lab-notes">
      <summary>Simplifications</summary>
      <ul>
        <li>Replicas are request-level vLLM engines (continuous batching, chunked prefill, prefix caching, step times from the calibrated cost model); KV for a whole answer is reserved at admission, so there is no preemption.</li>
        <li>ITL is each request’s mean time between tokens (TPOT), not every gap; percentiles are over requests.</li>
        <li>Runs are short (2–10 minutes of arrivals from seed 1) and start with cold caches, so warm-up weighs more than in a day of production traffic.</li>
        <li>The autoscaling pool samples concurrency each second; GPUs are always free within the budget (no node provisioning); a cold start is computed from the model size (weights from a node-local cache).</li>
        <li>Federation: no KV or prefix sharing between regions; the global router sees each region’s queues instantly; a conversation stays in the region it started in.</li>
        <li>Tensor parallelism within a node over NVLink; P/D moves KV over InfiniBand NDR; the router does not score the CPU and storage tiers.</li>
      </ul>
    </details>
  );
}

/** "What this model simplifies", with the names the real system uses. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          The router is llm-d-router v0.10 (August 2026): its scorer formulas, default weights, max-score picker, approximate
          prefix index (<code>approx-prefix-cache-producer</code>: 64-token chained block hashes, a per-pod LRU sized to the
          pod&apos;s KV cache, longest match) and pod metrics scraped every 50 ms. The precise, KV-event-driven index
          (<code>llm-d-kv-cache</code>), flow control, saturation filtering and <code>InferenceObjective</code> priorities are
          not modelled.
        </li>
        <li>
          Each pod is a vLLM replica at request level: continuous batching, chunked prefill under{' '}
          <code>--max-num-batched-tokens</code> 8192, an FCFS queue (<code>vllm:num_requests_waiting</code>), a prefix cache of
          hashed blocks (<code>--block-size 64</code>) with LRU eviction, and step times from the course&apos;s calibrated
          model of a 32B model on 2 × H100. A request is admitted only when its whole answer fits in KV memory, so there is no
          preemption; <code>vllm:kv_cache_usage_perc</code> counts blocks in use.
        </li>
        <li>
          Prompts are synthetic token streams: requests of one tenant share exactly the same system prompt. Real prompts from
          chat templates share less.
        </li>
        <li>
          P/D: the decode pod is picked first, then the decider, then the prefill pod, as in llm-d&apos;s{' '}
          <code>disagg-profile-handler</code>. The whole prompt&apos;s KV moves over one link per GPU (bytes ÷ effective
          bandwidth + set-up, from llm-d-inference-sim&apos;s latency profiles); NIXL&apos;s pipelining, the sidecar&apos;s extra
          hop and transfer contention are left out, and prefill and decode pods have the same tensor parallelism.
        </li>
        <li>
          KV tiers: blocks evicted from HBM are written to CPU memory, and from there to shared storage; a prompt whose next
          blocks are there loads them at the link&apos;s rate (PCIe Gen5 ≈ 64 GB/s per GPU, storage ≈ 10 GB/s) while the pod
          keeps stepping. Writes are free and the router does not score the tiers (llm-d can, with a second prefix scorer).
        </li>
        <li>
          Kubernetes round robin and random stand for a plain Service (kube-proxy in IPVS or iptables mode) with one request
          per connection; HTTP/2 connection reuse makes the real thing even less even.
        </li>
      </ul>
    </details>
  );
}

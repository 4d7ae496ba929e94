/** "What this model simplifies", with the names llm-d and vLLM use. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          <strong>Gateway hop and picker time are assumed to be zero.</strong> The cluster model routes a request at the instant it arrives: it has no figure for the network, the Envoy
          proxy or the Endpoint Picker’s ext-proc round trip, so the bar shows them as a labelled 0 ms, not as a measured segment. Every other time comes from the run: queue wait is
          arrival to the first step that admits the request, prefill is admission to the first token, decode is first token to last.
        </li>
        <li>
          The model records a request’s first and last token, not each one in between, so the animation spreads the tokens evenly over the decode time and the widget reports the mean
          time per output token (decode ÷ (output tokens − 1)), as vLLM’s <code>vllm:request_time_per_output_token_seconds</code> does per request.
        </li>
        <li>
          Four vLLM replicas (Qwen2.5-32B at <code>--tensor-parallel-size 2</code>, two H100s each, <code>--block-size 64</code>) with step times from the course’s calibrated cost model. The prefix-aware router is llm-d-router’s default profile with no
          configuration file (<code>prefix-cache-scorer</code> ×3, <code>queue-scorer</code> ×2, <code>kv-cache-utilization-scorer</code> ×2, <code>max-score-picker</code>), reading pod
          metrics scraped every 50 ms and its approximate prefix index; round robin stands for a Kubernetes Service.
        </li>
        <li>
          Traffic: Poisson arrivals for 30 s. With shared prompts, each request carries one tenant’s 6,000-token system prompt plus a 1,000–1,400-token question and asks for
          800–1,200 tokens; unrelated prompts are 100–4,000 tokens with 50–800-token answers. The widget follows the first request that arrives after 20 s, when caches and queues
          have filled; a different seed follows a different request.
        </li>
        <li>No TLS, tokenisation or chat-template time, no HTTP 429 shedding, no flow control and no autoscaling: the pool has a fixed size.</li>
      </ul>
    </details>
  );
}

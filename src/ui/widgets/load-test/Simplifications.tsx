/** "What this model simplifies", with the names the real systems and benchmarks use. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          Every point is one run of the course’s pattern model (<code>npm run sim -- pattern</code>): request-level vLLM replicas
          with continuous batching, chunked prefill and prefix caching, step times from the calibrated cost model (bf16, H100 80 GB),
          no preemption (KV for the whole answer is reserved at admission).
        </li>
        <li>
          The model records when each request’s first token came and when it finished, not every token, so its ITL is each
          request’s mean gap: the same number as TPOT. A real benchmark’s ITL counts every gap, and its p99 also catches single
          stalls that a mean hides.
        </li>
        <li>
          Runs are short (30–120 s of arrivals per rate, requests in flight then finish), so caches start cold and long queues
          have little time to build: the knee is sharper and later than in a benchmark that runs each rate for minutes. Chat
          conversations are closed loops (each turn waits for the last answer plus a think time), unlike a benchmark’s independent
          requests.
        </li>
        <li>
          The knee here is the last rate at which at least 90 % of requests met both objectives; goodput is the rate times that
          share. vLLM’s <code>--goodput</code> divides the good requests by the whole benchmark’s duration instead.
        </li>
        <li>
          Both patterns see the same seeded requests at each rate, so the two curves compare like for like; a new seed draws
          other requests, and a knee that sits between two rates can move by one step.
        </li>
      </ul>
    </details>
  );
}

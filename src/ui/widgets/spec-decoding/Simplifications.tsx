/** "What this model simplifies", with the names the real systems use. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          Acceptance is a setting, not a property of real text: draft i is accepted with a fixed conditional probability (i.i.d.
          when “later positions” is the same), drawn from a seeded hash, so a run repeats exactly. A real drafter’s acceptance
          varies with the prompt, the position in the answer and the sampling temperature; measure yours with
          <code> vllm:spec_decode_num_accepted_tokens_per_pos</code> and put it here. The method’s default is this model’s
          assumption, not a measurement.
        </li>
        <li>
          The n-gram drafter finds a match in 60 % of steps (an assumption; a step without a match decodes one token) and costs
          no GPU time. EAGLE, EAGLE-3 and MTP drafters cost k passes of one decoder layer plus their lm_head (EAGLE-3 over a
          32k-token draft vocabulary), a draft model k passes of its own size, each priced as that fraction of a target decode
          step of the same requests (src/sim/cost/draftCost.ts, estimated for Llama-3.1-8B). MTP is priced like EAGLE.
        </li>
        <li>
          Verifying 1 + k tokens for a request is priced by the calibrated cost model as a short prefill chunk (H100 and H200
          fitted to measured timings, the others scaled from datasheets). Rejected tokens roll <code>num_computed_tokens</code>{' '}
          back; their KV slots stay allocated and are overwritten. Drafters that run a model (EAGLE, EAGLE-3, MTP, draft model) reserve k lookahead KV slots per request.
        </li>
        <li>
          Each run is one batch: every request arrives at once with a unique {`128`}-token prompt and produces exactly 256
          tokens; KV capacity never binds at these sizes, so nothing is preempted. Speedup is end-to-end output tokens/s,
          prefill included. Sweep points use at least 16 requests; the played run uses at least 4. Tree drafting,
          dynamic k (<code>num_speculative_tokens_per_batch_size</code>), parallel drafting and CUDA-graph effects are not
          modelled.
        </li>
      </ul>
    </details>
  );
}

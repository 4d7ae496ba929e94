/** "What this model simplifies", with the names the real system uses. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          The continuous run is the course&apos;s engine, following vLLM V1&apos;s scheduler at 0.33.0: one token budget per step
          (<code>--max-num-batched-tokens</code>), running requests first in admission order, then waiting ones while budget,{' '}
          <code>--max-num-seqs</code> and free KV blocks allow; chunked prefill always on; preemption by recompute. A waiting
          or preempted request is admitted only when its whole current sequence fits (<code>scheduler_reserve_full_isl</code>,
          on). The engine models vLLM&apos;s optional <code>watermark</code> (blocks kept free when admitting while anything
          runs); this widget leaves it at vLLM&apos;s default, 0 (off).
        </li>
        <li>
          The static run stands for request-level batching (FasterTransformer-era servers): a batch of up to{' '}
          <code>max_num_seqs</code> arrived requests, each reserving prompt + max_tokens of KV for its whole life, prefilled
          together and decoded until the longest finishes. Its reservation is exact (the paper&apos;s &ldquo;Oracle&rdquo; case), so the
          gap you see comes from scheduling, not from over-reserving memory.
        </li>
        <li>
          GPU time per step comes from the course&apos;s calibrated cost model for the chosen model and GPU, for exactly the
          batch of each step. CPU work per step (scheduling, input preparation, output processing) is one fixed, assumed
          figure, the same every step whatever the batch; real CPU time grows with the batch and the API server&apos;s
          detokenising and HTTP work runs in another process. Without async scheduling a step lasts CPU + GPU; with it
          (<code>--async-scheduling</code>, vLLM&apos;s default since v0.14.0) the CPU prepares step n+1 while the GPU runs
          step n, so a step lasts max(CPU, GPU); the first step&apos;s CPU work, which has nothing to hide behind, is not
          counted separately.
        </li>
        <li>
          <code>num_gpu_blocks</code> is set directly (like <code>--num-gpu-blocks-override</code>, which vLLM documents as
          being for testing preemption) so that effects show with a few dozen requests. Block size is 16; prefix caching is
          on, as in V1, but these prompts share nothing, so only a preempted request can hit its own freed blocks.
        </li>
        <li>
          Every request generates exactly its drawn output length (<code>max_tokens</code> = that length, as{' '}
          <code>vllm bench</code> sets it). &ldquo;Budget used&rdquo; is tokens per step ÷ the budget, a proxy: decode steps are
          limited by memory bandwidth, so a step with few tokens can still keep the GPU busy.
        </li>
        <li>
          The &ldquo;why&rdquo; for waiting requests is worked out from each step&apos;s numbers in the order vLLM&apos;s waiting loop checks
          them (preemption this step, budget left, <code>max_num_seqs</code>, then KV blocks for the head&apos;s whole current sequence);
          vLLM itself logs no per-request reason. Metrics use vLLM&apos;s names: TTFT is{' '}
          <code>vllm:time_to_first_token_seconds</code>, TPOT <code>vllm:request_time_per_output_token_seconds</code>, queue
          time <code>vllm:request_queue_time_seconds</code>, preemptions <code>vllm:num_preemptions</code>.
        </li>
      </ul>
    </details>
  );
}

/** "What this model simplifies", with the names the real system uses. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          One model, one GPU, one attention group. Real vLLM keeps one block pool per KV-cache group and, under tensor
          parallelism, each GPU stores only its heads&apos; part of every block (the block tables are shared).
        </li>
        <li>
          <code>num_gpu_blocks</code> is set directly here. vLLM derives it at start-up from{' '}
          <code>--gpu-memory-utilization</code> (default 0.92 since v0.21.0, 0.9 before), the weights, a profiling run and, since v0.21.0, an estimate of CUDA-graph memory, and logs it as
          &ldquo;GPU KV cache size: N tokens&rdquo;. Block 0 is the null block in both.
        </li>
        <li>
          Block size is any of vLLM&apos;s allowed values (<code>--block-size</code> 1, 8, 16, 32, 64, 128); on CUDA only
          sizes up to 32 are supported and the default is 16. Some attention backends force 64 or 128. Changing it here
          keeps the KV memory and changes the number of blocks, as vLLM&apos;s start-up sizing would.
        </li>
        <li>
          Token ids are synthetic, but prefixes are real: requests that share a system prompt share identical tokens,
          hashed block by block with the parent hash, as <code>--enable-prefix-caching</code> does (on by default in V1).
        </li>
        <li>
          &ldquo;Fork with copy-on-write&rdquo; is the PagedAttention paper&apos;s parallel sampling. vLLM V1 instead runs{' '}
          <code>n</code> separate requests that share the prompt through the prefix cache (the other option here).
        </li>
        <li>
          Preemption is by recompute, never swap, as in V1. Freed blocks go to the tail of the free queue (v0.11
          behaviour; newer vLLM puts blocks without a hash at the head).
        </li>
        <li>
          The usage figure is <code>vllm:kv_cache_usage_perc</code>: blocks referenced by running requests, so
          cached-but-free blocks count as free. Step times come from a simple roofline of Llama-3.1-8B on one H100.
        </li>
        <li>
          The contiguous baseline stands for pre-PagedAttention systems (the paper&apos;s Orca variants): one region per
          request, reserved at admission, placed first-fit, no sharing. The waste split follows the paper&apos;s Fig. 3.
        </li>
      </ul>
    </details>
  );
}

/** "What this model simplifies", with the names the real systems use. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          Compute and memory times come from the course’s cost model, fitted to per-operator timings measured on one H100 SXM and one H200 at
          the GEMM shapes of TP 1, 2, 4 and 8 (A100, L40S and MI300X are scaled from their spec sheets). Weights and KV cache are bf16. A GEMM
          counts as “compute” when its tensor-core time exceeds its memory time, otherwise as “memory”; decode attention and norms are memory.
        </li>
        <li>
          All-reduces are not measured: a ring of 2(n−1) steps, each moving 1/n of the data at 80 % of the link’s per-direction bandwidth, plus
          a latency per step (1 µs on NVLink, 2 µs on PCIe, 5 µs on InfiniBand, all estimates). vLLM picks among its custom all-reduce,
          symmetric-memory, FlashInfer and NCCL kernels by message size and fuses the all-reduce with the next RMSNorm; none of that is
          modelled. A ring that spans nodes runs at its slowest link.
        </li>
        <li>
          Pipeline parallel: equal stages, up to one micro-batch per stage in flight, hidden states sent between stages; the end stages hold
          the embedding or the <code>lm_head</code>. Data parallel: replicas of the smallest TP degree that fits, sequences spread evenly.
          Expert parallel: attention data-parallel, experts divided evenly, routing uniform (real routers are uneven, and the busiest GPU sets
          the pace), dispatch and combine as all-to-alls over the chosen link.
        </li>
        <li>
          Memory follows vLLM’s start-up sizing at the pinned release (<code>gpu_memory_utilization</code>, the profiling run, the CUDA-graph
          estimate); pipeline and expert layouts are charged the TP 1 activation peak. CPU scheduling, sampling and kernel-launch gaps are not
          priced, which flatters small steps at high TP.
        </li>
        <li>
          Qwen3-30B-A3B is added from its Hugging Face <code>config.json</code> (4 KV heads, 128 experts, 8 per token); its per-head q/k norms
          are left out.
        </li>
      </ul>
    </details>
  );
}

/** "What this model simplifies", with the names the real systems use. */
export function Simplifications() {
  return (
    <details className="widget-simplifies">
      <summary>What this model simplifies</summary>
      <ul>
        <li>
          The KPA’s decider is Knative Serving knative-v1.23.0’s <code>autoscaler.go</code>, line by line (stable and panic
          windows, <code>panic-threshold-percentage</code>, rate limits, <code>target-burst-capacity</code>, scale to zero after
          the grace period and <code>scale-to-zero-pod-retention-period</code>). Every ready pod is scraped every second;
          Knative samples at most about 16 pods and extrapolates. One activator, no activation timeout.
        </li>
        <li>
          HPA and KEDA read <code>vllm:num_requests_running</code> or <code>vllm:num_requests_waiting</code> from a Prometheus
          that scrapes every 15 s (an estimate), decide every 15 s with the 10 % tolerance, and apply Kubernetes’ default
          <code>behavior</code> (no scale-up stabilisation, 300 s for scale-down). KEDA’s cached polling and the Prometheus
          adapter’s delays are simplified to those intervals.
        </li>
        <li>
          Each pod is one vLLM replica at request level: a request is prefilled alone, then decodes at the step time of the batch
          it joined, from the course’s calibrated cost model (bf16, H100). Chunked prefill and batch changes during a decode
          are ignored, fine at the time scale of autoscaling, not for per-token latency.
        </li>
        <li>
          Cold-start phases use estimates, not measurements: Hugging Face at 0.1 GB/s, S3/GCS at 0.5 GB/s, a model car at
          0.3 GB/s, a 10 GB runtime image at 0.1 GB/s (already on the first node), 30 s of <code>torch.compile</code>, 10 s of
          CUDA-graph capture, 5 s to the readiness probe, 240 s for a new GPU node once the first 8 GPUs are used.
        </li>
        <li>
          Requests are a seeded Poisson stream with prompts and answers spread ±50 % around 512 and 256 tokens. GPU-hours
          count each pod from creation (node provisioning included) to its end. The same seed gives the three runs the same
          requests, so their figures compare like for like.
        </li>
      </ul>
    </details>
  );
}

/** Helpers for the cluster tests: endpoint views and requests built by hand. */
import type { EndpointView, PodRole, RoutingRequest } from '../../../../src/sim/cluster/types.ts';

/** An endpoint view with defaults; override what a test is about. */
export function view(pod: number, o: Partial<EndpointView> = {}): EndpointView {
  return {
    pod,
    name: `vllm-${pod}`,
    role: 'prefill-decode' as PodRole,
    waitingQueueSize: 0,
    runningRequests: 0,
    kvCacheUsage: 0,
    inflightRequests: 0,
    inflightTokens: 0,
    prefixMatchBlocks: 0,
    prefixTotalBlocks: 10,
    blockSize: 64,
    ...o,
  };
}

export function request(o: Partial<RoutingRequest> = {}): RoutingRequest {
  return { id: 'r', promptTokens: 640, hashes: [], session: undefined, ...o };
}

/** Scores of one scorer for the given views. */
export function scores(score: (out: Float64Array) => void, n: number): number[] {
  const out = new Float64Array(n);
  score(out);
  return [...out];
}

/**
 * Prefill/decode disaggregation: the decider that chooses remote prefill, and the time to move
 * the prompt's KV from the prefill pod to the decode pod (llm-d's sidecar + vLLM NixlConnector).
 */
import type { LinkConfig, PdDeciderConfig } from './types.ts';

/**
 * llm-d-router's P/D decision (`disagg-profile-handler`). `always-disagg-pd-decider` always
 * says yes; `prefix-based-pd-decider` says yes iff the prompt has ≥ N tokens and ≥ N of them
 * are not cached on the chosen decode pod (≥: equality disaggregates; N = 0 disables it).
 * @param cachedTokens matched blocks × block size on the decode pod, from the prefix index;
 *   `null` when the index has no information (then: no P/D)
 * @example decidePd({ type: 'prefix-based-pd-decider', nonCachedTokens: 5 }, 10, 5) === true
 */
export function decidePd(decider: PdDeciderConfig, promptTokens: number, cachedTokens: number | null): boolean {
  if (decider.type === 'always-disagg-pd-decider') return true;
  const n = decider.nonCachedTokens;
  if (n <= 0) return false;
  if (promptTokens < n) return false;
  if (cachedTokens === null) return false;
  return promptTokens - cachedTokens >= n;
}

/** The decider's threshold, for display (0 for always). */
export function deciderThreshold(decider: PdDeciderConfig): number {
  return decider.type === 'prefix-based-pd-decider' ? decider.nonCachedTokens : 0;
}

/**
 * Links for KV transfer, effective (not line-rate) bandwidth and per-transfer set-up, as
 * llm-d-inference-sim's latency profiles document them (docs/latency-profiles.md).
 */
export const LINKS: readonly LinkConfig[] = [
  { id: 'nvlink', label: 'NVLink (same node)', gbps: 600, setupUs: 300 },
  { id: 'ib-ndr', label: 'InfiniBand NDR 400G', gbps: 40, setupUs: 1000 },
  { id: 'roce-200', label: 'RoCE v2 200G', gbps: 20, setupUs: 1000 },
  { id: 'eth-100', label: '100G Ethernet (TCP)', gbps: 10, setupUs: 5000 },
];

/** Looks a link up by id. @throws Error for an unknown id */
export function linkById(id: string): LinkConfig {
  const l = LINKS.find((x) => x.id === id);
  if (!l) throw new Error(`unknown link "${id}"`);
  return l;
}

/**
 * KV transfer time for a prompt: set-up + bytes ÷ bandwidth. Each GPU of the tensor-parallel
 * pair sends its own KV shard over its own NIC, in parallel, so the bytes are per GPU.
 * The whole prompt moves (as llm-d-inference-sim models it): the decode pod's own cache does
 * not shorten it.
 * @example kvTransferUs(8192, 163_840, ib) // 8,192 tokens × 160 KiB per GPU over 40 GB/s ≈ 34.6 ms
 */
export function kvTransferUs(promptTokens: number, kvBytesPerTokenPerGpu: number, link: LinkConfig): number {
  return link.setupUs + ((promptTokens * kvBytesPerTokenPerGpu) / (link.gbps * 1e9)) * 1e6;
}

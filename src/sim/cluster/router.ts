/**
 * The llm-d Router's Endpoint Picker (or a plain Kubernetes Service): for each request, run
 * the data producers (approximate prefix index, in-flight load), then the profile handler's
 * profiles — filters → weighted scorers → picker — and finally the PreRequest hooks (record
 * the prompt in the index under the chosen pods). Pod metrics are the last scrape's.
 */
import type { Rng } from '../core/rng.ts';
import { us } from '../core/units.ts';
import { decidePd, deciderThreshold } from './pd.ts';
import type { Filter, Picker, Scorer } from './plugins.ts';
import type { ApproxPrefixIndex } from './prefixIndex.ts';
import type { PluginRegistry } from './registry.ts';
import type { EndpointView, FilterType, PdDecision, PickerType, PodRole, ProfileResult, RouterConfig, RoutingDecision, RoutingRequest, ScoreRow, WeightedScorer } from './types.ts';

type MutableView = { -readonly [K in keyof EndpointView]: EndpointView[K] };

interface LiveProfile {
  readonly name: ProfileResult['profile'];
  readonly filters: readonly { readonly type: FilterType; readonly f: Filter }[];
  readonly scorers: readonly { readonly w: WeightedScorer; readonly s: Scorer }[];
  readonly pick: Picker;
}

/** Where a request goes. */
export interface RouteResult {
  /** The pod that streams the answer (decode pod under P/D). */
  readonly pod: number;
  /** The prefill pod, or −1 when the request is not disaggregated. */
  readonly prefillPod: number;
  /** Uncached prompt tokens (by the index) on the pod that prefills. */
  readonly uncachedTokens: number;
  readonly predictedHitBlocks: number;
  /** Only when recording. */
  readonly decision: RoutingDecision | null;
}

export class Router {
  private readonly views: MutableView[];
  private readonly matches: Int32Array;
  private readonly totals: Float64Array;
  private readonly scratch: Float64Array;
  private readonly profiles: { readonly main: LiveProfile; readonly prefill: LiveProfile | null };
  private readonly scorerInstances: Scorer[] = [];
  private rr = 0;
  /** Pods in the pool, in pod order (the candidates every profile starts from). */
  private pool: MutableView[];
  readonly inflightRequests: Int32Array;
  readonly inflightTokens: Float64Array;

  constructor(
    readonly config: RouterConfig,
    names: readonly string[],
    roles: readonly PodRole[],
    private readonly index: ApproxPrefixIndex,
    private readonly rng: Rng,
    registry: PluginRegistry,
  ) {
    const n = names.length;
    this.views = names.map((name, pod) => ({
      pod,
      name,
      role: roles[pod] ?? 'prefill-decode',
      waitingQueueSize: 0,
      runningRequests: 0,
      kvCacheUsage: 0,
      inflightRequests: 0,
      inflightTokens: 0,
      prefixMatchBlocks: 0,
      prefixTotalBlocks: 0,
      blockSize: index.blockSize,
    }));
    this.pool = this.views.slice();
    this.matches = new Int32Array(n);
    this.totals = new Float64Array(n);
    this.scratch = new Float64Array(n);
    this.inflightRequests = new Int32Array(n);
    this.inflightTokens = new Float64Array(n);
    if (config.kind === 'service') {
      this.profiles = { main: this.live('default', [], [], registry, n), prefill: null };
      return;
    }
    const p = config.profile;
    const scorers = p.scorers.filter((s) => s.weight > 0);
    if (config.pd) {
      this.profiles = {
        main: this.live('decode', ['decode-filter', ...p.filters], scorers, registry, n, p.picker),
        prefill: this.live('prefill', ['prefill-filter', ...p.filters], scorers, registry, n, p.picker),
      };
    } else {
      this.profiles = { main: this.live('default', p.filters, scorers, registry, n, p.picker), prefill: null };
    }
  }

  private live(name: LiveProfile['name'], filters: readonly FilterType[], scorers: readonly WeightedScorer[], reg: PluginRegistry, n: number, picker: PickerType = 'max-score-picker'): LiveProfile {
    const need = <T>(v: T | undefined, what: string): T => {
      if (v === undefined) throw new Error(`the plugin registry has no ${what}`);
      return v;
    };
    return {
      name,
      filters: filters.map((type) => ({ type, f: need(reg.filters.get(type), `filter "${type}"`).create() })),
      scorers: scorers.map((w) => {
        const def = need(reg.scorers.get(w.type), `scorer "${w.type}"`);
        for (const k of Object.keys(w.params ?? {})) {
          if (!def.defaults || !(k in def.defaults)) throw new Error(`scorer "${w.type}" has no parameter "${k}" (known: ${Object.keys(def.defaults ?? {}).join(', ') || 'none'})`);
        }
        const s = def.create(n, w.params);
        this.scorerInstances.push(s);
        return { w, s };
      }),
      pick: need(reg.pickers.get(picker), `picker "${picker}"`).pick,
    };
  }

  /** Adds a pod to the candidate set or removes it (pods joining and leaving the pool). */
  setActive(pod: number, active: boolean): void {
    const v = this.views[pod];
    if (!v) throw new Error(`no pod ${pod}`);
    const has = this.pool.includes(v);
    if (active === has) return;
    this.pool = active ? this.views.filter((x) => x === v || this.pool.includes(x)) : this.pool.filter((x) => x !== v);
  }

  /** True when at least one pod can take requests. */
  get hasLivePods(): boolean {
    return this.pool.length > 0;
  }

  /** Copies one pod's gauges into the EPP's view (part of a metrics scrape). */
  scrapePod(pod: number, waiting: number, running: number, kvCacheUsage: number): void {
    const v = this.views[pod];
    if (!v) return;
    v.waitingQueueSize = waiting;
    v.runningRequests = running;
    v.kvCacheUsage = kvCacheUsage;
  }

  /**
   * Routes one request.
   * @param record keep the full score table (for the widget); off in bulk runs
   */
  route(req: RoutingRequest, timeUs: number, record: boolean): RouteResult {
    const live = this.pool;
    const n = live.length;
    if (n === 0) throw new Error(`no pod in the pool for request ${req.id}`);
    const total = this.index.match(req.hashes, this.matches);
    let cold = true;
    for (const v of this.views) {
      v.inflightRequests = this.inflightRequests[v.pod] as number;
      v.inflightTokens = this.inflightTokens[v.pod] as number;
      v.prefixMatchBlocks = this.matches[v.pod] as number;
      v.prefixTotalBlocks = total;
      if (v.prefixMatchBlocks > 0) cold = false;
    }
    const c = this.config;
    if (c.kind === 'service') {
      const pod = (live[c.mode === 'round-robin' ? this.rr++ % n : Math.floor(this.rng.float() * n)] as EndpointView).pod;
      return this.finish(req, timeUs, pod, -1, this.uncachedOn(req, pod), cold, record, [], null, c.mode);
    }
    const results: ProfileResult[] = [];
    const main = this.runProfile(this.profiles.main, req, live, record, results);
    if (main < 0) throw new Error(`no endpoint available for request ${req.id} (every pod was filtered out)`);
    let prefill = -1;
    let pd: PdDecision | null = null;
    if (c.pd && this.profiles.prefill) {
      const cached = (this.matches[main] as number) * this.index.blockSize;
      const yes = decidePd(c.pd, req.promptTokens, cached);
      pd = { decider: c.pd.type, promptTokens: req.promptTokens, cachedTokens: cached, threshold: deciderThreshold(c.pd), disaggregate: yes };
      if (yes) prefill = this.runProfile(this.profiles.prefill, req, live, record, results);
    }
    return this.finish(req, timeUs, main, prefill, this.uncachedOn(req, prefill >= 0 ? prefill : main), cold, record, results, pd, 'epp');
  }

  /** Prompt tokens the index does not expect on `pod`. */
  private uncachedOn(req: RoutingRequest, pod: number): number {
    return Math.max(0, req.promptTokens - (this.matches[pod] as number) * this.index.blockSize);
  }

  private finish(
    req: RoutingRequest,
    timeUs: number,
    pod: number,
    prefill: number,
    uncached: number,
    cold: boolean,
    record: boolean,
    profiles: ProfileResult[],
    pd: PdDecision | null,
    policy: RoutingDecision['policy'],
  ): RouteResult {
    // PreRequest: the index records the decode/primary pod and the prefill pod, if any.
    this.index.record(pod, req.hashes);
    if (prefill >= 0) this.index.record(prefill, req.hashes);
    const picked = this.views[pod] as EndpointView;
    for (const s of this.scorerInstances) s.preRequest?.(req, picked, cold);
    this.inflightRequests[pod] = (this.inflightRequests[pod] as number) + 1;
    const prefillsOn = prefill >= 0 ? prefill : pod;
    this.inflightTokens[prefillsOn] = (this.inflightTokens[prefillsOn] as number) + uncached;
    const predicted = this.matches[prefillsOn] as number;
    const decision: RoutingDecision | null = record
      ? { req: req.id, timeUs: us(timeUs), pod, prefillPod: prefill >= 0 ? prefill : null, policy, profiles, pd, predictedHitBlocks: predicted, promptBlocks: Math.min(req.hashes.length, this.index.maxBlocks) }
      : null;
    return { pod, prefillPod: prefill, uncachedTokens: uncached, predictedHitBlocks: predicted, decision };
  }

  private runProfile(p: LiveProfile, req: RoutingRequest, all: readonly EndpointView[], record: boolean, out: ProfileResult[]): number {
    let cands: readonly EndpointView[] = all;
    const filtered: { pod: number; by: FilterType }[] = [];
    for (const { type, f } of p.filters) {
      const kept = f.filter(req, cands, this.rng);
      if (record && kept.length !== cands.length) for (const c of cands) if (!kept.includes(c)) filtered.push({ pod: c.pod, by: type });
      cands = kept;
      if (cands.length === 0) return -1;
    }
    const m = cands.length;
    const totals = this.totals;
    totals.fill(0, 0, m);
    const raws: number[][] = record ? cands.map(() => []) : [];
    for (const { w, s } of p.scorers) {
      s.score(req, cands, this.scratch);
      for (let i = 0; i < m; i++) {
        const raw = Math.min(1, Math.max(0, this.scratch[i] as number));
        totals[i] = (totals[i] as number) + raw * w.weight;
        if (record) raws[i]?.push(raw);
      }
    }
    const { index, tie } = p.pick(totals, m, this.rng);
    const picked = (cands[index] as EndpointView).pod;
    if (record) {
      const rows: ScoreRow[] = cands.map((c, i) => {
        const raw = raws[i] ?? [];
        return { pod: c.pod, raw, weighted: raw.map((r, k) => r * (p.scorers[k]?.w.weight ?? 0)), total: totals[i] as number };
      });
      out.push({ profile: p.name, scorers: p.scorers.map((x) => x.w), filtered, rows, picked, tie });
    }
    return picked;
  }

  /** The pod that prefilled this request started streaming (or handed its KV over): release its tokens. */
  releaseTokens(pod: number, tokens: number): void {
    this.inflightTokens[pod] = Math.max(0, (this.inflightTokens[pod] as number) - tokens);
  }

  /** The response finished on `pod`: release the request and run ResponseComplete hooks. */
  responseComplete(req: RoutingRequest, pod: number): void {
    this.inflightRequests[pod] = Math.max(0, (this.inflightRequests[pod] as number) - 1);
    for (const s of this.scorerInstances) s.responseComplete?.(req, pod);
  }
}

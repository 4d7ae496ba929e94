import { guidellmSweepCommand, vllmBenchCommand } from '../../../widget-models/load-test/bench.ts';
import { LoadTest } from './store.ts';

/** How the widget's sweep maps onto the two benchmark tools a learner will run against a real server. */
export function BenchPanel() {
  const s = LoadTest.useWidget((st) => st.settings);
  const sweep = LoadTest.useWidget((st) => st.result);
  const slo = { ttftS: sweep.sloTtftS, itlMs: sweep.sloItlMs };
  return (
    <details className="lt-bench">
      <summary>The same sweep against a real server</summary>
      <p>
        Each point here is one run at a fixed Poisson request rate, which is what <code>vllm bench serve --request-rate</code>{' '}
        does; a sweep is one run per rate. <code>--goodput</code> counts the requests within the objectives (in ms), and{' '}
        <code>--percentile-metrics</code> / <code>--metric-percentiles</code> ask for the p50 and p99 plotted above:
      </p>
      <pre className="lt-code">
        <code>{vllmBenchCommand(s, slo)}</code>
      </pre>
      <p>
        GuideLLM’s <code>sweep</code> profile picks its rates for you: it measures a synchronous run and a throughput run first,
        then constant rates between the two, and writes TTFT, ITL and TPOT distributions to <code>benchmarks.json</code>,{' '}
        <code>.csv</code> and <code>.html</code>. With the <code>guidellm run</code> CLI of GuideLLM v0.7:
      </p>
      <pre className="lt-code">
        <code>{guidellmSweepCommand(s)}</code>
      </pre>
      <p className="widget-hint">
        A random or synthetic dataset has the workload’s mean lengths but none of its shared prefixes, so prefix-aware routing
        gains nothing from it; replay real prompts (or <code>--dataset-name prefix_repetition</code>) to test caching. Re-running
        the same prompts also hits the server’s prefix cache.
      </p>
    </details>
  );
}

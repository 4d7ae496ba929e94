import { SRC } from '../../glossary/sources.ts';
import { multiple, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'deployment/monitoring-setup';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'metrics' as const });
const PROM_SCRIPT = 'https://github.com/kserve/kserve/blob/v0.20.0/hack/setup/infra/manage.prometheus-helm.sh';
const PROM_OPERATOR = 'https://prometheus-operator.dev/docs/api-reference/api/';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'The Hugging Face runtime serves vLLM’s metrics on port 8080 but does not name the port. Which monitor scrapes it?',
        explanation: 'A PodMonitor selects the predictor pods by label and can pick a container port by number; a ServiceMonitor needs a named port on a Service.',
        terms: ['pod-monitor', 'service-monitor'],
        source: PROM_OPERATOR,
      },
      'A PodMonitor selecting serving.kserve.io/inferenceservice: <name>, port 8080 by number',
      [
        ['A ServiceMonitor on the port named http', 'A ServiceMonitor needs a named Service port that exposes /metrics; none is named for metrics here.'],
        ['A PrometheusRule', 'Rules evaluate series that are already scraped; they do not scrape.'],
        ['None: Prometheus scrapes every pod by default', 'With the operator, nothing is scraped until a monitor selects it.'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'rate(vllm:num_preemptions[5m]) returns no data although the pods are preempting. Why?',
        explanation: 'vLLM registers a counter named vllm:num_preemptions; the Prometheus client exposes counters with a _total suffix, so the series is vllm:num_preemptions_total.',
        terms: ['preemption', 'prometheus'],
        source: SRC.vllmMetrics.url,
      },
      'The exposed series is vllm:num_preemptions_total',
      [
        ['Preemptions are only logged, not exported', 'They are exported as a counter.'],
        ['rate() does not work on vLLM metrics', 'rate() works on any counter.'],
        ['The scrape interval is longer than 5 minutes', 'The usual interval is 15–30 s; the name is the problem.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'Why install kube-prometheus-stack with the three …SelectorNilUsesHelmValues=false settings?',
        explanation: 'By default the chart’s Prometheus only reads monitors and rules labelled with its own release. Setting these to false makes it read every PodMonitor, ServiceMonitor and PrometheusRule, including those model teams write in their own namespaces.',
        terms: ['pod-monitor', 'service-monitor', 'prometheus-rule'],
        source: PROM_SCRIPT,
      },
      'So Prometheus reads monitors and rules from every release and namespace, not only those carrying its own label',
      [
        ['To disable Grafana', 'Grafana has its own switch (grafana.enabled).'],
        ['To scrape every pod in the cluster automatically', 'It still scrapes only what some monitor selects.'],
        ['To make Helm skip the CRDs', 'These are Prometheus selector settings, not CRD settings.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'Which query gives TTFT p99 per model?',
        explanation: 'Rate the histogram buckets, sum them by le (and the grouping you want), then estimate the quantile. Averaging per-pod percentiles gives a number with no meaning.',
        terms: ['histogram-quantile', 'ttft'],
        source: SRC.promHistograms.url,
      },
      'histogram_quantile(0.99, sum by (le, model_name) (rate(vllm:time_to_first_token_seconds_bucket[5m])))',
      [
        ['avg(histogram_quantile(0.99, rate(vllm:time_to_first_token_seconds_bucket[5m])))', 'That averages per-series percentiles, which is not a percentile of anything.'],
        ['max(vllm:time_to_first_token_seconds) * 0.99', 'The histogram has no such series; percentiles come from the buckets.'],
        ['rate(vllm:time_to_first_token_seconds_count[5m])', 'That is the rate of first tokens, not their latency.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'After applying a PodMonitor, Prometheus’s target page shows nothing for your model — not even a failing target. What does that tell you?',
        explanation: 'A monitor that selects nothing produces no target at all; a failing target means it selected pods but could not scrape them. Check the labels, the namespace and whether Prometheus reads that monitor.',
        terms: ['pod-monitor'],
        source: PROM_OPERATOR,
      },
      'The monitor selects no pods, or Prometheus does not read it: a label or namespace mismatch',
      [
        ['vLLM’s metrics endpoint is down', 'Then the target would be listed as DOWN.'],
        ['The scrape interval has not passed yet', 'The target is listed before the first scrape.'],
        ['The model has received no requests', 'An idle server is still a target with metrics.'],
      ],
    ),
    multiple(
      {
        ...base(6),
        prompt: 'Which vLLM series warn you before the TTFT objective is missed?',
        explanation: 'Requests waiting in the queue add their wait to every first token, and KV-cache usage near 1 predicts preemptions. GPU utilisation and CPU say little about queueing.',
        terms: ['waiting-queue', 'kv-cache-usage'],
        source: SRC.vllmMetrics.url,
      },
      ['vllm:num_requests_waiting above zero for minutes', 'vllm:kv_cache_usage_perc close to 1'],
      [
        ['GPU utilisation above 90 %', 'A busy GPU can still meet every objective.'],
        ['Container CPU below its request', 'The engine’s queue, not the CPU, is what delays first tokens.'],
        ['vllm:prefix_cache_hits_total rising', 'More hits make first tokens faster, not slower.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'Why is the PrometheusRule applied with a quoted heredoc (<<\'EOF\')?',
        explanation: 'The annotations use Prometheus templates such as {{ $labels.pod }}. With an unquoted heredoc the shell would expand $labels to an empty string before the rule reaches the cluster.',
        terms: ['prometheus-rule'],
        source: PROM_OPERATOR,
      },
      'So the shell leaves {{ $labels… }} for Prometheus instead of expanding $labels itself',
      [
        ['Because kubectl cannot read unquoted heredocs', 'kubectl reads stdin either way; the shell is what expands variables.'],
        ['To make the YAML multi-document', 'Quoting has nothing to do with document separators.'],
        ['To stop Prometheus from evaluating the rule twice', 'Evaluation is unaffected by how the file was written.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'How does kube-prometheus-stack’s Grafana pick up vLLM’s dashboard JSON?',
        explanation: 'Its dashboard sidecar loads every ConfigMap labelled grafana_dashboard=1; the step downloads the JSON from vLLM’s release, creates the ConfigMap and labels it.',
        terms: ['prometheus'],
        source: 'https://github.com/vllm-project/vllm/tree/v0.33.0/examples/observability/dashboards/grafana',
      },
      'From a ConfigMap labelled grafana_dashboard=1 holding the JSON',
      [
        ['vLLM pushes it to Grafana on start-up', 'vLLM exposes metrics; it does not talk to Grafana.'],
        ['From a PodMonitor annotation', 'Monitors configure scraping, not dashboards.'],
        ['Only by importing it by hand in the Grafana UI', 'Manual import works, but the sidecar loads labelled ConfigMaps automatically.'],
      ],
    ),
  ],
};

export default check;

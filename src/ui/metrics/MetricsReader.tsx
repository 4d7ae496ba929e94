/**
 * Paste (or load) the text of a vLLM server's /metrics and read it in the course's terms:
 * KV-cache usage, running and waiting requests, prefix-cache hit rate, TTFT / ITL percentiles.
 * Everything happens in the browser; nothing is sent anywhere.
 */
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { MAX_EXPOSITION_CHARS, parseExposition } from '../../metrics/exposition.ts';
import type { ParseProblem, VllmReport } from '../../metrics/types.ts';
import { readVllmReport } from '../../metrics/vllmReport.ts';
import { EngineCard } from './EngineCard.tsx';
import './MetricsReader.css';

type Outcome = { readonly kind: 'report'; readonly report: VllmReport; readonly source: string } | { readonly kind: 'problem'; readonly problem: ParseProblem; readonly lineText: string | null };

export function MetricsReader() {
  const ids = useId();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function read(input: string, source: string) {
    const parsed = parseExposition(input);
    if (!parsed.ok) {
      const line = parsed.problem.line;
      setOutcome({ kind: 'problem', problem: parsed.problem, lineText: line === null ? null : (input.split('\n')[line - 1] ?? null) });
      return;
    }
    setOutcome({ kind: 'report', report: readVllmReport(parsed.exposition), source });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    read(text, 'your pasted text');
  }

  async function onSample() {
    const sample = (await import('./sample-vllm-metrics.prom?raw')).default;
    setText(sample);
    read(sample, 'the sample (Llama-3.1-8B-Instruct on one GPU, made-up traffic)');
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_EXPOSITION_CHARS) {
      setOutcome({ kind: 'problem', problem: { line: null, message: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; one server's /metrics is far smaller. Load a single scrape.` }, lineText: null });
      return;
    }
    const content = await file.text();
    setText(content);
    read(content, file.name);
  }

  return (
    <section className="mr" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="mr-title">
        Read your server’s metrics
      </h3>
      <form className="mr-form" onSubmit={onSubmit}>
        <label htmlFor={`${ids}-text`}>
          Output of <code>curl http://&lt;your-server&gt;/metrics</code>
        </label>
        <textarea
          id={`${ids}-text`}
          className="mr-text"
          rows={8}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={'# HELP vllm:num_requests_running …\nvllm:num_requests_running{engine="0",model_name="…"} 4.0'}
        />
        <div className="mr-actions">
          <button type="submit" className="btn btn-primary">
            Read metrics
          </button>
          <button type="button" className="btn" onClick={() => void onSample()}>
            Load a sample
          </button>
          <label className="btn mr-file">
            Load a saved file
            <input type="file" accept=".txt,.prom,.metrics,text/plain" onChange={(e) => void onFile(e)} />
          </label>
        </div>
        <p className="mr-privacy">Read in your browser; nothing is uploaded.</p>
      </form>
      <div className="mr-result" role="status" aria-live="polite">
        {outcome?.kind === 'problem' && <ProblemView problem={outcome.problem} lineText={outcome.lineText} />}
        {outcome?.kind === 'report' && <ReportView report={outcome.report} source={outcome.source} />}
      </div>
    </section>
  );
}

function ProblemView({ problem, lineText }: { readonly problem: ParseProblem; readonly lineText: string | null }) {
  return (
    <div className="mr-problem">
      <p>
        <strong>Could not read this as Prometheus metrics.</strong> {problem.message}
      </p>
      {lineText !== null && (
        <pre className="mr-line" aria-label={`Line ${problem.line}`}>
          <span aria-hidden="true">{problem.line}: </span>
          {lineText}
        </pre>
      )}
    </div>
  );
}

function ReportView({ report, source }: { readonly report: VllmReport; readonly source: string }) {
  if (report.engines.length === 0) {
    return (
      <p className="mr-problem">
        <strong>No vLLM metrics found.</strong> The text is valid Prometheus output, but no series starts with <code>vllm:</code>. Scrape the vLLM container itself (port 8000, or 8080 in KServe’s runtimes), not a gateway or
        queue-proxy.
      </p>
    );
  }
  return (
    <>
      <p className="mr-summary">
        Read {report.engines.length === 1 ? 'one engine' : `${report.engines.length} engines`} from {source}. Every figure is cumulative since the server started: one scrape cannot show the last five minutes. Prometheus gets
        that by taking <code>rate()</code> over two scrapes. Percentiles are interpolated inside histogram buckets, as <code>histogram_quantile</code> does, so they are only as fine as the bucket bounds.
      </p>
      {report.legacyNames.length > 0 && (
        <p className="mr-legacy">
          This server also exports older names ({report.legacyNames.map((n) => <code key={n}>{n} </code>)}), which vLLM has since removed: dashboards and alerts should use the current ones shown below.
        </p>
      )}
      {report.engines.map((engine) => (
        <EngineCard key={`${engine.modelName}|${engine.engine}`} engine={engine} />
      ))}
    </>
  );
}

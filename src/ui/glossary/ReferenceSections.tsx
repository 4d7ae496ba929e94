/** The glossary's reference sections: acronyms, metrics and units, model size classes, benchmarks. */
import { Link } from '@tanstack/react-router';
import type { AcronymEntry, Benchmark, GlossaryTerm, MetricEntry, SizeClass } from '../../content/glossary/types.ts';
import { TOPIC_LABELS } from '../../quiz/topics.ts';
import { RichText } from './RichText.tsx';

function TermLink({ id, children }: { readonly id: string; readonly children: React.ReactNode }) {
  return (
    <Link to="/glossary/$term" params={{ term: id }}>
      {children}
    </Link>
  );
}

export function AcronymTable({ rows, termOf }: { readonly rows: readonly AcronymEntry[]; readonly termOf: (id: string) => GlossaryTerm | undefined }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Acronyms (scrolls sideways)">
      <table className="glossary-table">
        <caption className="visually-hidden">Acronyms and what they stand for</caption>
        <thead>
          <tr>
            <th scope="col">Acronym</th>
            <th scope="col">Stands for</th>
            <th scope="col">Glossary entry</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.abbr}>
              <th scope="row">
                <abbr title={a.expansion}>{a.abbr}</abbr>
              </th>
              <td>
                {a.expansion}
                {a.note ? <span className="muted"> — {a.note}</span> : null}
              </td>
              <td>
                <TermLink id={a.term}>{termOf(a.term)?.term ?? a.term}</TermLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MetricList({ rows }: { readonly rows: readonly MetricEntry[] }) {
  return (
    <ul className="glossary-cards">
      {rows.map((m) => (
        <li key={m.id} className="card glossary-card">
          <h2 className="glossary-card-title">
            <TermLink id={m.term}>{m.name}</TermLink>
            {m.symbol ? <span className="glossary-acronym"> ({m.symbol})</span> : null}
          </h2>
          <dl className="glossary-facts">
            <dt>Formula</dt>
            <dd>
              <code className="glossary-formula">{m.formula}</code>
            </dd>
            <dt>Unit</dt>
            <dd>{m.unit}</dd>
            {m.series ? (
              <>
                <dt>Prometheus</dt>
                <dd>
                  <code>{m.series}</code>
                </dd>
              </>
            ) : null}
          </dl>
          <p>
            <RichText text={m.notes} />
          </p>
          <p className="glossary-source muted">
            Source: <a href={m.source.url}>{m.source.label}</a>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function SizeClassList({ rows }: { readonly rows: readonly SizeClass[] }) {
  return (
    <ul className="glossary-cards">
      {rows.map((s) => (
        <li key={s.id} className="card glossary-card">
          <h2 className="glossary-card-title">{s.name}</h2>
          <dl className="glossary-facts">
            <dt>Parameters</dt>
            <dd>{s.params}</dd>
            <dt>Examples</dt>
            <dd>{s.examples}</dd>
            <dt>Weights</dt>
            <dd>{s.weights}</dd>
            <dt>KV per token</dt>
            <dd>{s.kvPerToken}</dd>
            <dt>Typical placement</dt>
            <dd>{s.placement}</dd>
          </dl>
          <p>{s.notes}</p>
          <p className="glossary-source muted">
            Source: <a href={s.source.url}>{s.source.label}</a>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function BenchmarkList({ rows }: { readonly rows: readonly Benchmark[] }) {
  return (
    <ul className="glossary-cards">
      {rows.map((b) => (
        <li key={b.id} className="card glossary-card">
          <h2 className="glossary-card-title">{b.claim}</h2>
          <p className="muted">
            <time dateTime={b.date}>{b.date}</time> · {TOPIC_LABELS[b.topic]}
          </p>
          <dl className="glossary-facts">
            <dt>Set-up</dt>
            <dd>{b.setup}</dd>
            <dt>How to read it</dt>
            <dd>{b.caveat}</dd>
          </dl>
          <p className="glossary-source muted">
            Source: <a href={b.source.url}>{b.source.label}</a>
          </p>
        </li>
      ))}
    </ul>
  );
}

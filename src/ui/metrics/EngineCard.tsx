import { Link } from '@tanstack/react-router';
import type { EngineReport } from '../../metrics/types.ts';
import { readingRows } from './readings.ts';

/** One engine's figures: label and value first, then what it means, the series and the lesson. */
export function EngineCard({ engine }: { readonly engine: EngineReport }) {
  const title = `${engine.modelName || 'unnamed model'}${engine.engine === '' ? '' : ` · engine ${engine.engine}`}`;
  return (
    <article className="mr-engine" aria-label={title}>
      <h4 className="mr-engine-title">{title}</h4>
      <dl className="mr-rows">
        {readingRows(engine).map((row) => (
          <div key={row.id} className="mr-row">
            <dt>{row.label}</dt>
            <dd className="mr-value">{row.value ?? <span className="mr-missing">not in this scrape</span>}</dd>
            <dd className="mr-explain">
              {row.explanation}{' '}
              <Link to="/learn/$module/$lesson" params={{ module: row.lesson.module, lesson: row.lesson.lesson }}>
                {row.lesson.title}
              </Link>
              {row.metric && (
                <>
                  {' · '}
                  <code className="mr-metric">{row.metric}</code>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

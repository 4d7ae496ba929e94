import { Link } from '@tanstack/react-router';
import type { GlossaryTerm } from '../../content/glossary/types.ts';
import { TOPIC_LABELS } from '../../quiz/topics.ts';

function TermEntry({ t }: { readonly t: GlossaryTerm }) {
  return (
    <li className="glossary-entry">
      <p className="glossary-entry-name">
        <Link to="/glossary/$term" params={{ term: t.id }}>
          {t.term}
        </Link>
        {t.acronym && t.acronym !== t.term ? <span className="glossary-acronym"> ({t.acronym})</span> : null}
        <span className="badge">{TOPIC_LABELS[t.category]}</span>
      </p>
      <p className="glossary-entry-short">{t.short}</p>
    </li>
  );
}

/** Terms in the given order (search results), as one list. */
export function RankedTermList({ terms, label }: { readonly terms: readonly GlossaryTerm[]; readonly label?: string }) {
  return (
    <ul className="glossary-list" aria-label={label}>
      {terms.map((t) => (
        <TermEntry key={t.id} t={t} />
      ))}
    </ul>
  );
}

function letterOf(t: GlossaryTerm): string {
  const c = t.term.replace(/^[^a-z0-9]+/i, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

/** Terms grouped under A–Z headings, with a jump list of the letters present. */
export function AlphabeticalTermList({ terms }: { readonly terms: readonly GlossaryTerm[] }) {
  const groups = new Map<string, GlossaryTerm[]>();
  for (const t of terms) {
    const l = letterOf(t);
    groups.set(l, [...(groups.get(l) ?? []), t]);
  }
  const letters = [...groups.keys()].sort((a, b) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)));
  return (
    <>
      <nav aria-label="Jump to letter" className="glossary-letters">
        <ul>
          {letters.map((l) => (
            <li key={l}>
              <a href={`#glossary-letter-${l === '#' ? 'num' : l}`}>{l}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((l) => (
        <section key={l} aria-labelledby={`glossary-letter-${l === '#' ? 'num' : l}`}>
          <h2 id={`glossary-letter-${l === '#' ? 'num' : l}`} className="glossary-letter" tabIndex={-1}>
            {l}
          </h2>
          <RankedTermList terms={groups.get(l) ?? []} />
        </section>
      ))}
    </>
  );
}

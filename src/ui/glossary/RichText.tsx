import { Fragment } from 'react';

/** Plain text with `backtick` spans rendered as inline code. */
export function RichText({ text }: { readonly text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((p, i) =>
        // Odd parts sat between backticks.
        i % 2 === 1 ? <code key={i}>{p}</code> : <Fragment key={i}>{p}</Fragment>,
      )}
    </>
  );
}

/** Paragraphs separated by blank lines. */
export function Paragraphs({ text }: { readonly text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((p) => (
        <p key={p.slice(0, 40)}>
          <RichText text={p} />
        </p>
      ))}
    </>
  );
}

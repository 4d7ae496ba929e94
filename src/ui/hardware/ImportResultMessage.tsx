/** Success or error list after an import, announced to screen readers. */
export function ImportResultMessage({ result }: { readonly result: { ok: true; message: string } | { ok: false; errors: readonly string[] } | null }) {
  if (!result) return null;
  if (result.ok)
    return (
      <p className="hw-import-ok" role="status">
        {result.message}
      </p>
    );
  return (
    <div className="hw-import-errors" role="alert">
      <p>
        <strong>Rejected:</strong> fix these fields and try again.
      </p>
      <ul>
        {result.errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

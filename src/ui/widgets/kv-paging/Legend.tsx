/** What the grid's squares mean, drawn with the same cues (fill, number, stroke) as the canvas. */
export function Legend() {
  return (
    <ul className="kv-legend" aria-label="Grid legend">
      <li>
        <span className="kv-lg kv-lg-used" aria-hidden="true" /> Block in use: colour = request, filled height = tokens written / block size
      </li>
      <li>
        <span className="kv-lg kv-lg-shared" aria-hidden="true">
          3
        </span>{' '}
        Shared block: number (or corner dot) = reference count
      </li>
      <li>
        <span className="kv-lg kv-lg-cached" aria-hidden="true" /> Free but still cached (struck through): a prefix hit can reuse it
      </li>
      <li>
        <span className="kv-lg kv-lg-free" aria-hidden="true" /> Free
      </li>
      <li>
        <span className="kv-lg kv-lg-null" aria-hidden="true" /> Block 0, vLLM&apos;s null block
      </li>
      <li>
        Outlines mark this step&apos;s events: <span className="kv-lg-word kv-c-accent">new</span>, <span className="kv-lg-word kv-c-ok">prefix hit</span>,{' '}
        <span className="kv-lg-word kv-c-warn">copy-on-write</span>, <span className="kv-lg-word kv-c-danger">evicted</span> (also crossed)
      </li>
    </ul>
  );
}

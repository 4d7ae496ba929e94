import { useId } from 'react';

/** One group of a small bar chart: a continuous and a static value. */
export interface BarGroup {
  readonly label: string;
  readonly c: number;
  readonly s: number;
}

const ROW = 13;
const LABEL_W = 38;
const W = 280;

/**
 * A small horizontal bar chart comparing continuous (solid) and static (hatched) batching.
 * Bars carry their values as text, so no value depends on colour or length alone.
 */
export function MiniBars({ title, groups, format }: { readonly title: string; readonly groups: readonly BarGroup[]; readonly format: (v: number) => string }) {
  const id = useId();
  const pat = `${id}-hatch`.replace(/:/g, '');
  const max = Math.max(1e-12, ...groups.flatMap((g) => [g.c, g.s].filter(Number.isFinite)));
  const h = groups.length * (2 * ROW + 6) + 4;
  const span = W - LABEL_W - 64;
  const bar = (v: number) => (Number.isFinite(v) ? Math.max(1, (v / max) * span) : 0);
  const summary = groups.map((g) => `${g.label}: continuous ${format(g.c)}, static ${format(g.s)}`).join('; ');
  return (
    <figure className="cb-chart">
      <figcaption className="cb-chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-label={`${title}. ${summary}`} preserveAspectRatio="xMinYMin meet">
        <defs>
          <pattern id={pat} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="cb-bar-s-bg" />
            <path d="M0 6L6 0" className="cb-bar-s-line" />
          </pattern>
        </defs>
        {groups.map((g, i) => {
          const y = 2 + i * (2 * ROW + 6);
          return (
            <g key={g.label}>
              {groups.length > 1 ? (
                <text x={0} y={y + ROW} className="cb-chart-label" dominantBaseline="middle">
                  {g.label}
                </text>
              ) : null}
              <rect x={LABEL_W} y={y + 1} width={bar(g.c)} height={ROW - 3} className="cb-bar-c" />
              <text x={LABEL_W + bar(g.c) + 4} y={y + ROW / 2} className="cb-chart-value" dominantBaseline="middle">
                C {format(g.c)}
              </text>
              <rect x={LABEL_W} y={y + ROW + 1} width={bar(g.s)} height={ROW - 3} fill={`url(#${pat})`} className="cb-bar-s" />
              <text x={LABEL_W + bar(g.s) + 4} y={y + ROW * 1.5} className="cb-chart-value" dominantBaseline="middle">
                S {format(g.s)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

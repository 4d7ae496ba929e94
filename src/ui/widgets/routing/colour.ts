/**
 * A colour per shared-prefix group (tenant), for movers and chip dots: the course's identity
 * colours (tokens.css), so they follow the theme live and stay distinguishable with the common
 * colour-vision deficiencies. Always paired with a text label; requests with no group are grey.
 */
export function groupColour(group: number): string {
  return group < 0 ? 'var(--muted)' : `var(--id-${group % 8})`;
}

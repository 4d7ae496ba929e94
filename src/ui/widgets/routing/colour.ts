/** A hue per shared-prefix group, for movers and chip dots (always paired with a text label). */
export function groupHue(group: number): number {
  return group < 0 ? 210 : (group * 137.508) % 360;
}

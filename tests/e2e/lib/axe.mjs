import { AxeBuilder } from '@axe-core/playwright';

/** Runs axe (WCAG 2 A and AA) on the page and returns the violations. */
export async function axe(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations;
}

/** One line per violation and node, for a readable failure message. */
export function describeViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`).join('\n');
}

// Runs axe-core on an element (shadow roots included) and returns readable violations.
import axe from 'axe-core';

/** axe-core violations inside `root`, as `rule: target` lines (empty when none). */
export async function axeViolations(root: Element | Document = document): Promise<string[]> {
  const result = await axe.run(root as Element, { resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}

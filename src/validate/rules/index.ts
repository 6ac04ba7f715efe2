/**
 * The edition's rules layer: the rule list of `tei/rules/edition-rules.json` (ids, messages,
 * parameters) run over the tree of one document, each finding a problem at its element's position.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from '../index.js';
import { CHECKS, type Check } from './checks.js';
import type { Element } from './tree.js';

export { TreeBuilder } from './tree.js';

export interface Rule {
  id: string;
  check: string;
  description: string;
  params: Record<string, unknown>;
  message: string;
}

export interface LoadedRule extends Rule {
  run: Check;
}

/** Reads and checks the rule list; throws with the rule at fault when it names an unknown check. */
export function loadRules(file: string): LoadedRule[] {
  const { rules } = JSON.parse(readFileSync(file, 'utf8')) as { rules: Rule[] };
  return rules.map((rule) => {
    const run = CHECKS[rule.check];
    if (!run) throw new Error(`${file}: rule "${rule.id}" names an unknown check "${rule.check}" (known: ${Object.keys(CHECKS).join(', ')})`);
    return { ...rule, params: rule.params ?? {}, run };
  });
}

export function runRules(root: Element, rules: LoadedRule[]): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    for (const { element, values } of rule.run(root, rule.params)) {
      const message = rule.message.replace(/\{(\w+)\}/g, (whole, key: string) =>
        key === 'element' ? element.name : key in values ? String(values[key]) : whole);
      problems.push({ layer: 'rules', rule: rule.id, line: element.line, column: element.column, message });
    }
  }
  return problems.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}

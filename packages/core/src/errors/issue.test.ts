import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPath, ISSUE_CODES, type IssueCode } from './issue.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') && !f.includes('.test.') ? [join(dir, f)] : [],
  );

describe('issue codes', () => {
  it('are one closed list of snake_case codes, each described', () => {
    for (const [code, what] of Object.entries(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(what.length).toBeGreaterThan(10);
    }
  });
  it('every code written in the source is in the list (the type checks literals; this catches built ones)', () => {
    const built = new Set<string>();
    for (const f of files(SRC)) for (const m of readFileSync(f, 'utf8').matchAll(/code: `not_eligible_\$\{reason\.code\}`/g)) built.add(m[0]);
    expect(built.size).toBe(1);
    const reasons: IssueCode[] = [
      'not_eligible_discount_too_small',
      'not_eligible_price_above_threshold',
      'not_eligible_stock_short',
      'not_eligible_not_below_lowest_price',
      'not_eligible_price_history_missing',
    ];
    for (const r of reasons) expect(Object.keys(ISSUE_CODES)).toContain(r);
  });
  it('formats paths as people read them', () => {
    expect(formatPath(['tasks', 3, 'due'])).toBe('tasks[3].due');
    expect(formatPath([])).toBe('(root)');
  });
});

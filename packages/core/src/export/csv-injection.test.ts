// CSV injection (OWASP): cells a spreadsheet would run are written as text, and read back as they were.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, csvRecords, neutralizeFormula, parseCsv, restoreFormula } from './csv-syntax.js';

describe('formula neutralization', () => {
  it('prefixes a quote to cells starting with = + - @ tab or CR', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutralizeFormula('+cmd|calc')).toBe(`'+cmd|calc`);
    expect(neutralizeFormula('-1+cmd')).toBe(`'-1+cmd`);
    expect(neutralizeFormula('@SUM(A1:A9)')).toBe(`'@SUM(A1:A9)`);
    expect(neutralizeFormula('\t=1+1')).toBe(`'\t=1+1`);
    expect(neutralizeFormula('\r=1+1')).toBe(`'\r=1+1`);
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
  });

  it('leaves plain numbers, dates and ordinary text alone', () => {
    for (const v of ['-5', '+1.5', '-0.25', '3', '2026-10-21T23:59:00-07:00', 'FREQ=DAILY', 'a=b', "it's", '']) expect(neutralizeFormula(v)).toBe(v);
  });

  it('restores exactly what it neutralized, including text that starts with a quote', () => {
    expect(restoreFormula(`'=SUM(A1)`)).toBe('=SUM(A1)');
    expect(restoreFormula(`'quoted`)).toBe(`'quoted`);
    expect(neutralizeFormula(`'=x`)).toBe(`''=x`);
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', '1', ',', '"', '\n', ' ') }), { minLength: 1, maxLength: 4 }),
          { minLength: 1, maxLength: 4 },
        ),
        (rows) => {
          const parsed = parseCsv(csvRecords(rows));
          if ('error' in parsed) throw new Error(parsed.error.message);
          // A record of one empty field is written as an empty line, which reads back as one empty field.
          expect(parsed.records.map((r) => r.fields)).toEqual(rows);
          for (const cell of parsed.records.flatMap((r) => r.fields)) expect(typeof cell).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never writes a cell that starts like a formula (unless it is a plain number)', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        const out = neutralizeFormula(v);
        expect(/^[=+\-@\t\r]/.test(out) && !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(out)).toBe(false);
        expect(restoreFormula(out)).toBe(v);
      }),
      { numRuns: 500 },
    );
  });
});

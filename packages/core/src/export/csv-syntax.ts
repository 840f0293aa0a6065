// RFC 4180 syntax: quoting on the way out, records with their line numbers on the way in; formula
// neutralization (OWASP "CSV injection") both ways, so a spreadsheet never runs a cell and text round-trips.

// A spreadsheet reads a cell starting with one of these as a formula. Leading `'` are counted too, so that a
// cell that really starts with `'` and a formula character still reads back exactly.
const FORMULA_START = /^'*[=+\-@\t\r]/;
// Plain numbers (-5, +1.5) stay numbers: no spreadsheet runs them.
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

/**
 * A cell a spreadsheet will not run as a formula (OWASP): text starting with `=`, `+`, `-`, `@`, tab or CR
 * gets a leading `'`, which spreadsheets show as text. Plain numbers such as `-5` are left alone.
 *
 * @example
 * neutralizeFormula('=HYPERLINK("http://x")') //=> `'=HYPERLINK("http://x")`
 * neutralizeFormula('-5') //=> '-5'
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * The original text of a cell written by {@link neutralizeFormula}: one leading `'` dropped before a formula
 * character; any other cell unchanged.
 *
 * @example
 * restoreFormula(`'=SUM(A1)`) //=> '=SUM(A1)'
 * restoreFormula(`'quoted`) //=> `'quoted`
 */
export function restoreFormula(value: string): string {
  return NEUTRALIZED.test(value) ? value.slice(1) : value;
}

/**
 * One CSV field: neutralized when a spreadsheet would run it as a formula ({@link neutralizeFormula}), then
 * quoted (with quotes doubled) when it holds a comma, a double quote, CR or LF, or leading/trailing spaces a
 * spreadsheet would trim.
 *
 * @example
 * csvField('Li, Wei') //=> '"Li, Wei"'
 * csvField('say "hi"') //=> '"say ""hi"""'
 * csvField('@SUM(A1:A9)') //=> `'@SUM(A1:A9)`
 */
export function csvField(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Records joined RFC 4180 style: fields by commas, records by CRLF, a CRLF after the last one.
 *
 * @example
 * csvRecords([['a', 'b'], ['1', 'x,y']]) //=> 'a,b\r\n1,"x,y"\r\n'
 */
export function csvRecords(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** A parsed record and the line (1-based) it starts on. A quoted field may span lines. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** A syntax error: where it is and what was expected. */
export interface CsvSyntaxError {
  readonly line: number;
  readonly message: string;
}

/**
 * Splits CSV text into records (RFC 4180, also accepting bare LF line breaks and a UTF-8 BOM). Cells that
 * {@link csvField} neutralized (`'=...`) read back as their original text.
 * Returns every record with its starting line, or the first syntax error: a quote inside an unquoted
 * field, text after a closing quote, or a quote never closed.
 *
 * @example
 * parseCsv('id,title\r\na,"x\r\ny"\r\n') //=> { records: [{ line: 1, fields: ['id', 'title'] }, { line: 2, fields: ['a', 'x\r\ny'] }] }
 */
export function parseCsv(text: string): { records: CsvRecord[] } | { error: CsvSyntaxError } {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields: fields.map(restoreFormula) });
    fields = [];
    field = '';
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === '"' && field === '') {
      const quoteLine = line;
      let j = i + 1;
      for (;;) {
        if (j >= src.length) return { error: { line: quoteLine, message: 'a quoted field is never closed' } };
        const d = src[j]!;
        if (d === '"' && src[j + 1] === '"') {
          field += '"';
          j += 2;
        } else if (d === '"') {
          j += 1;
          break;
        } else {
          if (d === '\n') line += 1;
          field += d;
          j += 1;
        }
      }
      const next = src[j];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
        return { error: { line, message: 'expected a comma or a line break after a closing quote' } };
      i = j;
      if (next === ',') {
        fields.push(field);
        field = '';
        i += 1;
      } else if (next === undefined) {
        endRecord();
      }
      continue;
    }
    if (c === '"') return { error: { line, message: 'a double quote inside an unquoted field; quote the field and double the quote' } };
    if (c === ',') {
      fields.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

import { describe, expect, it } from 'vitest';
import { noteText } from '../i18n/notes.js';
import Papa from 'papaparse';
import { taskOccurrences } from '../plan/occurrences.js';
import { CSV_COLUMNS, CSV_OCCURRENCE_COLUMNS, toCSV } from './csv.js';
import { csvField, parseCsv } from './csv-syntax.js';
import { dstPlan } from './__fixtures__/dst-plan.js';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('toCSV', () => {
  const plan = dstPlan();

  it('writes one row per task that papaparse reads back field for field', () => {
    const text = toCSV(plan);
    const out = parse(text);
    expect(out.errors).toEqual([]);
    expect(out.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(out.data).toHaveLength(plan.tasks.length);
    out.data.forEach((row, i) => {
      const task = plan.tasks[i]!;
      expect(row.id).toBe(task.id);
      expect(row.title_en).toBe(task.title.en);
      expect(row['title_zh-CN']).toBe(task.title['zh-CN']);
      expect(new Date(row.due!).getTime()).toBe(task.due.getTime());
      // A note in both languages splits over two columns; a plain one stays in `notes`.
      expect(row.notes).toBe(noteText(task.notes, 'en'));
      expect(row['notes_zh-CN']).toBe(typeof task.notes === 'object' ? task.notes['zh-CN'] : '');
      expect([row.role, row.clock, row.due_source]).toEqual([task.role ?? '', task.clock ?? '', task.dueSource?.kind ?? '']);
      expect(row.owner).toBe(task.owner ?? '');
      expect(row.tags!.split(';').filter(Boolean)).toEqual(task.tags);
    });
  });

  it('uses CRLF between records and quotes commas, quotes and line breaks (RFC 4180)', () => {
    const text = toCSV(plan);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Li, Wei; ops"');
    expect(text).toContain('"Line one\nLine two, with ""quotes"""');
    expect(
      text
        .replace(/"[^"]*(?:""[^"]*)*"/g, '')
        .split('\n')
        .every((l, i, all) => i === all.length - 1 || l.endsWith('\r')),
    ).toBe(true);
  });

  it('shows each deadline in platform and team time, across the end of DST', () => {
    const rows = parse(toCSV(plan)).data;
    const before = rows.find((r) => r.id === 'before-fallback')!;
    expect([before.due, before.due_platform, before.due_team]).toEqual(['2026-10-31T23:59:00-07:00', '2026-10-31 23:59', '2026-11-01 14:59']);
    const after = rows.find((r) => r.id === 'after-fallback')!;
    expect([after.due, after.due_platform, after.due_team]).toEqual(['2026-11-02T10:00:00-08:00', '2026-11-02 10:00', '2026-11-03 02:00']);
    expect(rows.find((r) => r.id === 'fold-second')!.due).toBe('2026-11-01T01:30:00-08:00');
  });

  it('writes one row per occurrence on request', () => {
    const out = parse(toCSV(plan, { rows: 'occurrence' }));
    expect(out.meta.fields).toEqual([...CSV_COLUMNS, ...CSV_OCCURRENCE_COLUMNS]);
    const expected = plan.tasks.flatMap((t) => taskOccurrences(plan, t).map((d, i) => [t.id, String(i + 1), d.getTime()]));
    expect(out.data.map((r) => [r.id, r.occurrence, new Date(r.occurrence_due!).getTime()])).toEqual(expected);
    const standup = out.data.filter((r) => r.id === 'daily-standup').map((r) => r.occurrence_due_platform);
    expect(standup).toEqual(['2026-10-29 09:00', '2026-10-30 09:00', '2026-10-31 09:00', '2026-11-01 09:00', '2026-11-02 09:00', '2026-11-03 09:00']);
  });

  it('adds a UTF-8 BOM only when asked, and papaparse still reads the first column', () => {
    expect(toCSV(plan).charCodeAt(0)).not.toBe(0xfeff);
    const text = toCSV(plan, { bom: true });
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parse(text).meta.fields![0]).toBe('id');
  });

  it('takes statuses from a lookup', () => {
    const rows = parse(toCSV(plan, { statuses: new Map([['counted', 'done']]) })).data;
    expect(rows.find((r) => r.id === 'counted')!.status).toBe('done');
    expect(rows.find((r) => r.id === 'fold-first')!.status).toBe('todo');
  });
});

describe('parseCsv', () => {
  it('reads what csvField writes, with the line each record starts on', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\r\nlines', '', ' padded '];
    const text = `${values.map(csvField).join(',')}\r\nx,y,z,w,v,u\r\n`;
    const r = parseCsv(text);
    expect('records' in r && r.records).toEqual([
      { line: 1, fields: values },
      { line: 3, fields: ['x', 'y', 'z', 'w', 'v', 'u'] },
    ]);
  });
  it('reports an unclosed quote and a stray quote with their lines', () => {
    expect(parseCsv('a,b\r\n"open,c\r\n')).toEqual({ error: { line: 2, message: 'a quoted field is never closed' } });
    expect(parseCsv('a,b\nx"y,c\n')).toMatchObject({ error: { line: 2 } });
    expect(parseCsv('a,"b"c\n')).toMatchObject({ error: { line: 1 } });
  });
});

import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { serializePlan } from '../plan/serialize-plan.js';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { toCSV } from '../export/csv.js';
import { CsvImportError, formatCsvIssue, importTasksCSV, safeImportTasksCSV } from './csv-import.js';
import { dstPlan } from '../export/__fixtures__/dst-plan.js';

const base = () => instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
const HEADER = 'id,title_en,title_zh-CN,phase,workstream,due,owner,critical,depends_on';

function issuesOf(text: string) {
  const r = safeImportTasksCSV(text, base());
  if (r.success) throw new Error('expected problems');
  return r.issues.map((i) => [i.line, i.column, i.code] as const);
}

describe('importTasksCSV', () => {
  it('round-trips an exported plan', () => {
    const plan = dstPlan();
    const again = importTasksCSV(toCSV(plan, { bom: true }), plan, { mode: 'replace' });
    expect(serializePlan(again)).toBe(serializePlan(plan));
  });

  it('adds new tasks and updates existing ones, reading wall times in the platform zone; the input plan is unchanged', () => {
    const plan = base();
    const before = serializePlan(plan);
    const csv = [
      HEADER,
      'kol-brief,"Brief influencers, with codes",达人简报,warm-up,traffic,2026-11-01 01:30,Wei,yes,register-platform-activities',
      'review-data,Data review (moved),数据复盘,review,operations,2026-11-19T18:00:00-08:00,,,',
    ].join('\r\n');
    const next = importTasksCSV(csv, plan);
    expect(serializePlan(plan)).toBe(before);
    expect(next).not.toBe(plan);
    expect(next.tasks.map((t) => t.id)).toEqual([...plan.tasks.map((t) => t.id), 'kol-brief']);
    const kol = next.tasks.find((t) => t.id === 'kol-brief')!;
    // 01:30 on Nov 1 happens twice; a wall time takes the first pass (PDT).
    expect(kol.due.toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect([kol.title.en, kol.owner, kol.critical, kol.dependsOn]).toEqual(['Brief influencers, with codes', 'Wei', true, ['register-platform-activities']]);
    expect(next.tasks.find((t) => t.id === 'review-data')!.title.en).toBe('Data review (moved)');
  });

  it('reads what papaparse writes', () => {
    const plan = base();
    const text = Papa.unparse([
      { id: 'a', title_en: 'Quote "this", please', 'title_zh-CN': '引号', phase: 'peak', workstream: 'marketing', due: '2026-11-11 20:00', notes: 'x\ny' },
    ]);
    const next = importTasksCSV(text, plan);
    const a = next.tasks.find((t) => t.id === 'a')!;
    expect([a.title.en, a.notes]).toEqual(['Quote "this", please', 'x\ny']);
  });

  it('reports every bad row with its line and column, and imports nothing', () => {
    const csv = [
      HEADER,
      'ok-1,Fine,好,warm-up,traffic,2026-11-02 10:00,,,',
      'bad-due,Bad due,坏,warm-up,traffic,next friday,,,',
      '"multi-line","Two\r\nlines",两行,peak,nowhere,2026-11-11 10:00,,maybe,',
      'ok-1,Again,再,peak,product,2026-11-11 10:00,,,',
      'short,row',
      'late,Too late,太晚,review,product,2026-12-25 10:00,,,ghost',
    ].join('\r\n');
    expect(issuesOf(csv)).toEqual([
      [3, 'due', 'invalid_shape'],
      [4, 'critical', 'invalid_shape'],
      [4, 'workstream', 'invalid_shape'],
      [6, 'id', 'duplicate_id'],
      [7, undefined, 'invalid_shape'],
    ]);
    // Once rows are well-formed, the plan's own rules report against the same lines.
    const second = [HEADER, 'ok-1,Fine,好,warm-up,traffic,2026-11-02 10:00,,,', 'late,Too late,太晚,review,product,2026-12-25 10:00,,,ghost'].join('\n');
    expect(issuesOf(second)).toEqual([
      [3, 'depends_on', 'unknown_dependency'],
      [3, 'due', 'due_outside_campaign'],
    ]);
    expect(() => importTasksCSV(second, base())).toThrow(CsvImportError);
    try {
      importTasksCSV(second, base());
    } catch (e) {
      expect(formatCsvIssue((e as CsvImportError).issues[0]!)).toBe('line 3, column depends_on: unknown task "ghost"');
    }
  });

  it('checks the header: unknown, duplicate and missing columns, per-occurrence files', () => {
    expect(issuesOf('id,title_en,title_en,colour\r\n')).toEqual([
      [1, 'title_en', 'invalid_shape'],
      [1, 'colour', 'invalid_shape'],
      [1, 'title_zh-CN', 'invalid_shape'],
      [1, 'phase', 'invalid_shape'],
      [1, 'workstream', 'invalid_shape'],
      [1, 'due', 'invalid_shape'],
    ]);
    const r = safeImportTasksCSV(toCSV(base(), { rows: 'occurrence' }), base());
    expect(!r.success && r.issues.map((i) => i.column)).toEqual(['occurrence', 'occurrence_due', 'occurrence_due_platform', 'occurrence_due_team']);
    expect(issuesOf('')).toEqual([[1, undefined, 'invalid_csv']]);
    expect(issuesOf(`${HEADER}\r\n"unclosed,x`)).toEqual([[2, undefined, 'invalid_csv']]);
  });

  it('refuses an edited due_platform that disagrees with due rather than lose the edit', () => {
    const plan = dstPlan();
    const text = toCSV(plan).replace('2026-10-31 23:59,2026-11-01 14:59', '2026-10-30 23:59,2026-11-01 14:59');
    const r = safeImportTasksCSV(text, plan);
    // Lines are physical lines of the file: multi-line notes above the row count too.
    const line = text.split(/\r?\n/).findIndex((l) => l.startsWith('before-fallback,')) + 1;
    expect(!r.success && r.issues.map((i) => [i.line, i.column])).toEqual([[line, 'due_platform']]);
  });

  it('skips empty spreadsheet rows', () => {
    const next = importTasksCSV(`${HEADER}\r\n,,,,,,,,\r\nz,Z,字,peak,visual,2026-11-11 08:00,,,\r\n\r\n`, base());
    expect(next.tasks.at(-1)!.id).toBe('z');
  });
});

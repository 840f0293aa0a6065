// The CLI as an attacker or a hurried user meets it: odd files, odd bytes, odd options.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { runCli } from './run.js';
import { captureIO } from './__fixtures__/cli-io.js';
import { serializePlan } from '../plan/serialize-plan.js';
import { parsePlan } from '../plan/parse-plan.js';
import { serializeEventLog } from '../readiness/event-log-file.js';
import { ev, PLAN_INPUT, testPlan } from '../readiness/__fixtures__/readiness-plan.js';
import { CSV_COLUMNS } from '../export/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-harden-'));
let n = 0;
const write = (name: string, text: string) => {
  const file = join(dir, `${++n}-${name}`);
  writeFileSync(file, text);
  return file;
};
const plan = testPlan();
const planFile = write('plan.json', serializePlan(plan));
async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner --version', () => {
  it('prints the package version', async () => {
    const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
    for (const flag of ['--version', '-V']) expect(await run(flag)).toEqual({ code: 0, out: `campaign-planner ${version}\n`, err: '' });
  });
});

describe('usage errors and unreadable files', () => {
  it('a usage error is one line with a --help hint, exit 2', async () => {
    const r = await run('status', planFile, '--limit', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toBe('campaign-planner status: --limit must be a positive whole number (got "x") (see "campaign-planner status --help")\n');
    // Values echoed in error lines are escaped too.
    const echoed = await run('done', planFile, 'register', '--log', join(dir, 'x.jsonl'), '--at', '\u001b]0;pwned\u0007\nfake');
    expect(echoed.err).toMatch(/\(got "\\x1B\]0;pwned\\x07\\x0Afake"\)/);
    expect(echoed.err.trim().split('\n')).toHaveLength(1);
    const unknown = await run('frobnicate');
    expect(unknown).toMatchObject({ code: 2, err: 'campaign-planner: unknown command "frobnicate" (see "campaign-planner --help")\n' });
  });

  it('a missing file is a usage error (exit 2) in one line', async () => {
    const r = await run('status', join(dir, 'missing.json'));
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('a directory or a FIFO is one line and exit 1, without hanging on the pipe', async () => {
    const sub = join(dir, 'a-directory');
    mkdirSync(sub);
    const pipe = join(dir, 'a-pipe');
    execFileSync('mkfifo', [pipe]);
    for (const file of [sub, pipe]) {
      for (const argv of [
        ['status', file],
        ['check', file],
        ['export', file],
        ['done', planFile, 'register', '--log', file],
        ['import', file, '--into', planFile],
      ]) {
        const r = await run(...argv);
        expect(r.code, argv.join(' ')).toBe(1);
        expect(r.err).toBe(`${file}: not a regular file (a directory, device or pipe); give the path of a file\n`);
      }
    }
  });

  it('refuses an empty option value such as --out ""', async () => {
    const r = await run('export', planFile, '--out', '');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^campaign-planner export: --out needs a value \(got an empty string\)/);
    expect((await run('plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'UTC', '--out', '')).code).toBe(2);
  });

  it('every validation line starts with the file name in status, export, done and import', async () => {
    const bad = write('bad.json', JSON.stringify({ ...JSON.parse(serializePlan(plan)), teamTimeZone: 'Mars/Olympus' }));
    const csv = write('tasks.csv', `${CSV_COLUMNS.join(',')}\r\n`);
    for (const argv of [
      ['status', bad],
      ['export', bad],
      ['done', bad, 'register', '--log', join(dir, 'x.jsonl')],
      ['import', csv, '--into', bad],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv[0]).toBe(1);
      expect(r.err, argv[0]).toBe(`${bad}: teamTimeZone: expected an IANA time zone name such as "America/Los_Angeles"\n`);
    }
  });
});

describe('byte order marks', () => {
  it('a plan file and a status log starting with a UTF-8 BOM are read', async () => {
    const bomPlan = write('bom-plan.json', `\uFEFF${serializePlan(plan)}`);
    const log = write('bom.jsonl', `\uFEFF${serializeEventLog([ev('register', 'done', '2026-10-20T00:00:00Z')])}`);
    expect((await run('check', bomPlan)).code).toBe(0);
    const status = await run('status', bomPlan, '--log', log, '--now', '2026-10-21T00:00:00Z', '--format', 'json');
    expect(status.err).toBe('');
    expect(status.code).toBe(0);
    const done = await run('done', bomPlan, 'banner', '--log', log, '--by', 'wang', '--at', '2026-10-21T00:00:00Z');
    expect(done.err).toBe('');
    expect(done.out).toMatch(/\(2 events in the log\)/);
  });
});

describe('control characters from plan data on a terminal', () => {
  const evil = 'Register\u001b]0;pwned\u0007\u001b[2J\u009b31m';
  const shown = 'Register\\x1B]0;pwned\\x07\\x1B[2J\\x9B31m';
  const input = structuredClone(PLAN_INPUT);
  input.tasks[0]!.title = { en: evil, 'zh-CN': evil };
  input.tasks[0]!.owner = evil;
  input.name = { en: evil, 'zh-CN': evil };
  const evilPlan = parsePlan(input);
  const evilFile = write('evil.json', serializePlan(evilPlan));
  const noControls = (text: string) => expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);

  it('status text shows them escaped; status JSON keeps the data', async () => {
    for (const isTTY of [false, true]) {
      const io = captureIO({ isTTY });
      expect(await runCli(['status', evilFile, '--now', '2026-10-21T00:00:00-07:00'], io)).toBe(0);
      expect(io.out()).toContain(shown);
      // On a terminal the report's own colours are the only escape sequences.
      noControls(io.out().replace(/\u001b\[[0-9;]*m/g, ''));
    }
    const json = await run('status', evilFile, '--now', '2026-10-21T00:00:00-07:00', '--format', 'json');
    expect(json.out).toContain('\\u001b]0;pwned\\u0007');
    expect(JSON.stringify(JSON.parse(json.out))).toContain(JSON.stringify(evil).slice(1, -1));
  });

  it('diff text, done and Markdown show them escaped; JSON exports keep them', async () => {
    const diff = await run('diff', planFile, evilFile);
    expect(diff.out).toContain(shown);
    noControls(diff.out);
    expect(JSON.stringify(JSON.parse((await run('diff', planFile, evilFile, '--format', 'json')).out))).toContain(JSON.stringify(evil).slice(1, -1));
    const log = join(dir, 'evil.jsonl');
    const done = await run('done', evilFile, 'register', '--log', log, '--by', 'li\u001b[2J\nfake line', '--at', '2026-10-20T00:00:00Z');
    expect(done.code).toBe(0);
    expect(done.out).toContain('by li\\x1B[2J\\x0Afake line');
    noControls(done.out.slice(0, -1));
    expect(JSON.parse(readFileSync(log, 'utf8')).by).toBe('li\u001b[2J\nfake line');
    const md = await run('export', evilFile, '--format', 'md');
    // Markdown escapes its own brackets as well: \x1B\]0;...
    expect(md.out).toContain('Register\\x1B\\]0;pwned\\x07');
    noControls(md.out);
    expect(parsePlan(JSON.parse((await run('export', evilFile)).out)).tasks[0]!.title.en).toBe(evil);
  });
});

describe('export --log in every format', () => {
  // A one-off task done, and the first of two occurrences of a recurring one.
  const log = write(
    'progress.jsonl',
    serializeEventLog([ev('register', 'done', '2026-10-20T00:00:00Z'), ev('daily-check', 'done', '2026-11-11T18:00:00Z', 'li', '2026-11-11T09:00:00-08:00')]),
  );
  const exp = async (...args: string[]) => {
    const r = await run('export', planFile, '--log', log, ...args);
    expect(r.err).toBe('');
    return r.out;
  };

  it('json: task statuses come from the log', async () => {
    const json = JSON.parse(await exp('--format', 'json'));
    expect(json.tasks.find((t: { id: string }) => t.id === 'register').status).toBe('done');
    expect(json.tasks.find((t: { id: string }) => t.id === 'banner').status).toBe('todo');
    expect(parsePlan(json).tasks.length).toBe(plan.tasks.length);
  });

  it('csv, one row per task and per occurrence: one-off and recurring statuses', async () => {
    const rows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows(await exp('--format', 'csv')).find((r) => r.id === 'register')!.status).toBe('done');
    const occ = rows(await exp('--format', 'csv', '--csv-rows', 'occurrence'));
    expect(occ.find((r) => r.id === 'register')!.status).toBe('done');
    expect(occ.filter((r) => r.id === 'daily-check').map((r) => r.status)).toEqual(['done', 'todo']);
    expect(occ.find((r) => r.id === 'banner')!.status).toBe('todo');
  });

  it('md and ics', async () => {
    const md = await exp('--format', 'md');
    expect(md.split('\n').find((l) => l.includes('Register for platform activities'))).toMatch(/^- \[x\] /);
    expect(md.split('\n').find((l) => l.includes('Replace the store banner'))).toMatch(/^- \[ \] /);
    const cal = new ICAL.Component(ICAL.parse(await exp('--format', 'ics', '--dtstamp', '2026-09-01T00:00:00Z')));
    const status = new Map(cal.getAllSubcomponents('vtodo').map((c) => [String(c.getFirstPropertyValue('uid')), String(c.getFirstPropertyValue('status'))]));
    expect(status.get(`task-register.${plan.id}@campaign-planner`)).toBe('COMPLETED');
    expect(status.get(`task-banner.${plan.id}@campaign-planner`)).not.toBe('COMPLETED');
  });
});

describe('import --replace', () => {
  it('refuses a CSV with a header and no rows unless --allow-empty; the plan is untouched', async () => {
    const into = write('into.json', serializePlan(plan));
    const before = readFileSync(into, 'utf8');
    const csv = write('header-only.csv', `${CSV_COLUMNS.join(',')}\r\n`);
    const r = await run('import', csv, '--into', into, '--replace');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no task rows: replacing would remove all 5 tasks .*--allow-empty/);
    expect(readFileSync(into, 'utf8')).toBe(before);
    const ok = await run('import', csv, '--into', into, '--replace', '--allow-empty');
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(into, 'utf8')).tasks).toEqual([]);
  });
});

describe('CSV formulas', () => {
  it('are neutralized on export and read back as the original text by import', async () => {
    const input = structuredClone(PLAN_INPUT);
    const texts = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", '@SUM(A1:A9)', '-2+3', "'=already quoted"];
    input.tasks[0]!.title = { en: texts[0]!, 'zh-CN': texts[1]! };
    input.tasks[0]!.notes = texts[2]!;
    input.tasks[1]!.owner = texts[3]!;
    input.tasks[1]!.notes = `\t${texts[4]!}`;
    const injected = parsePlan(input);
    const file = write('injected.json', serializePlan(injected));
    const csv = (await run('export', file, '--format', 'csv')).out;
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.flat();
    // No cell a spreadsheet would run: every one starts with something else than = + - @ tab CR, or is a number.
    for (const cell of cells) expect(/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell), cell).toBe(false);
    expect(cells).toContain(`'${texts[0]}`);
    const csvFile = write('injected.csv', csv);
    const out = join(dir, 'reimported.json');
    expect((await run('import', csvFile, '--into', file, '--replace', '--out', out)).code).toBe(0);
    const back = parsePlan(JSON.parse(readFileSync(out, 'utf8')));
    expect(back.tasks[0]!.title).toEqual({ en: texts[0], 'zh-CN': texts[1] });
    expect(back.tasks[0]!.notes).toBe(texts[2]);
    expect(back.tasks[1]!.owner).toBe(texts[3]);
    expect(back.tasks[1]!.notes).toBe(`\t${texts[4]}`);
  });
});

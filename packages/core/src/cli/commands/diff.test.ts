import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { instantiate } from '../../templates/instantiate.js';
import { CALENDAR_2021, elevenElevenTemplate } from '../../replanning/__fixtures__/eleven-eleven-template.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-diff-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const make = (calendar?: typeof CALENDAR_2021) =>
  serializePlan(instantiate(elevenElevenTemplate(), { year: 2021, teamTimeZone: 'Asia/Shanghai', ...(calendar ? { calendar } : {}) }));
const before = write('before.json', make());
const after = write('after.json', make(CALENDAR_2021));

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner diff', () => {
  it('prints the changes as text, both zones on every line that moved', async () => {
    const r = await run('diff', before, after);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^phase moved: peak  end 2021-11-13 00:00 -> 2021-11-14 00:00 America\/Los_Angeles \(2021-11-13 16:00 -> 2021-11-14 16:00 Asia\/Shanghai\), 1 day later$/m,
    );
    expect(r.out).toMatch(/^task moved: peak-check  \+1 occurrence\(s\) 2021-11-13 09:00$/m);
    expect(r.out).toMatch(/^task moved \(critical\): register-discount  due 2021-10-21 23:59 -> 2021-10-25 23:59 America\/Los_Angeles/m);
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^\d+ change\(s\)$/);
    expect((await run('diff', before, before)).out).toBe('no changes\n');
  });

  it('prints JSON with instants in platform time', async () => {
    const r = await run('diff', before, after, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const discount = json.changes.find((c: { id: string }) => c.id === 'register-discount');
    expect(discount.due).toMatchObject({ before: '2021-10-21T23:59:00-07:00', after: '2021-10-25T23:59:00-07:00', minutes: 5760 });
  });

  it('has --help, and reports usage and bad files without a stack trace', async () => {
    expect((await run('diff', '--help')).out).toMatch(/^Usage: campaign-planner diff <before.json> <after.json>/);
    expect((await run('diff', before)).code).toBe(2);
    expect((await run('diff', before, after, '--format', 'xml')).code).toBe(2);
    const bad = write('bad.json', JSON.stringify({ ...JSON.parse(make()), teamTimeZone: 'Mars/Base' }));
    const r = await run('diff', bad, after);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${bad}: teamTimeZone: expected an IANA time zone name such as "America/Los_Angeles"\n`);
    expect((await run('diff', join(dir, 'missing.json'), after)).code).toBe(2);
  });
});

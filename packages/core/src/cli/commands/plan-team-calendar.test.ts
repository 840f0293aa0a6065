import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { instantiate } from '../../templates/instantiate.js';
import { getTemplate } from '../../templates/registry.js';
import { TEAM_HOLIDAY_TAG, TEAM_MOVED_TAG } from '../../team-calendar/team-deadlines.js';
import { noteText } from '../../i18n/notes.js';

const china = fileURLToPath(new URL('../../../../../examples/calendars/team-china-2026.json', import.meta.url));
async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner plan --team-calendar', () => {
  it('marks every deadline the team calendar touched, and only those', async () => {
    const r = await run('plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'Asia/Shanghai', '--team-calendar', china);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const plan = parsePlan(JSON.parse(r.out));
    const plain = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
    const changed = plan.tasks.filter((t, i) => t.due.getTime() !== plain.tasks[i]!.due.getTime());
    // Without a calendar, team work already moves off Saturdays and Sundays; the calendar moves it off holidays.
    const moved = plan.tasks.filter((t, i) => t.tags.includes(TEAM_MOVED_TAG) && (!plain.tasks[i]!.tags.includes(TEAM_MOVED_TAG) || changed.includes(t)));
    expect(changed.map((t) => t.id)).toEqual(moved.map((t) => t.id));
    expect(changed.length).toBeGreaterThan(0);
    // Platform deadlines never move: only team-clock work does.
    expect(changed.filter((t) => t.clock !== 'team').map((t) => t.id)).toEqual([]);
    // Golden Week opens the 2026 build-up (Oct 1 Pacific): work due in it has no working day before it inside
    // its phase, so it moves to the first working day after, with a note saying why.
    const later = changed.filter((t) => noteText(t.notes, 'en').includes('moved later'));
    expect(later.length).toBeGreaterThan(0);
    for (const t of later)
      expect(noteText(t.notes, 'en')).toMatch(/Team calendar: moved later from \w{3} Oct [1-7] \d\d:\d\d \(a team holiday \(National Day.*\) to Thu Oct 8 /);
    expect(plan.tasks.filter((t) => t.tags.includes(TEAM_HOLIDAY_TAG)).map((t) => t.id)).toEqual([]);
  });

  it('names the file and the field of a bad team calendar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-team-'));
    const bad = join(dir, 'team.json');
    writeFileSync(bad, JSON.stringify({ workingWeekdays: ['monday'] }));
    const r = await run('plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-calendar', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: workingWeekdays\\[0\\]: expected one of mon, tue`));
  });
});

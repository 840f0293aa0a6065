import type { Plan } from '../../schemas/plan.js';
import { toWallTime } from '../../time/wall-time.js';
import { calendarHead, toICS, type IcsOptions } from './ics.js';
import { joinLines } from './text.js';
import { vtimezoneLines } from './vtimezone.js';

const CRLF = '\r\n';

/** The top-level components of a calendar other than VTIMEZONE, as their (still folded) lines. */
function components(ics: string): string[] {
  const lines = ics.split(CRLF);
  const out: string[] = [];
  let depth = 0;
  let keep = false;
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) {
      depth += 1;
      if (depth === 2) keep = line !== 'BEGIN:VTIMEZONE';
    }
    if (depth >= 2 && keep) out.push(line);
    if (line.startsWith('END:')) depth -= 1;
  }
  return out;
}

/**
 * One calendar for a season's campaigns (11.11, Black Friday, 12.12 … of one team): every plan's phases and
 * tasks, each keeping its own UIDs (they carry the plan id), and one VTIMEZONE per platform zone covering all
 * the plans' years.
 *
 * @example
 * writeFileSync('season.ics', toSeasonICS([elevenEleven, blackFriday, twelveTwelve], { dtstamp }));
 */
export function toSeasonICS(plans: readonly Plan[], options: IcsOptions & { readonly name?: string } = {}): string {
  if (plans.length === 0) throw new RangeError('expected at least one plan');
  const locale = options.locale ?? 'en';
  const texts = plans.map((p) => toICS(p, options));
  // Every zone a plan's calendar defines (the platform zone, and the team zone when tasks run on its clock),
  // with the years of all the plans that use it.
  const years = new Map<string, [number, number]>();
  plans.forEach((plan, i) => {
    const from = toWallTime(plan.phases[0]!.start, plan.platformTimeZone).year - 1;
    const to = toWallTime(plan.phases[plan.phases.length - 1]!.end, plan.platformTimeZone).year + 1;
    for (const m of texts[i]!.matchAll(/BEGIN:VTIMEZONE\r\nTZID:([^\r]+)/g)) {
      const [a, b] = years.get(m[1]!) ?? [from, to];
      years.set(m[1]!, [Math.min(a, from), Math.max(b, to)]);
    }
  });
  const head = [
    ...calendarHead(options.name ?? plans.map((p) => p.name[locale]).join(' + ')),
    ...[...years].flatMap(([zone, [from, to]]) => vtimezoneLines(zone, from, to)),
  ];
  // The plans' components are already folded; only the header and time zones are folded here.
  return (
    joinLines(head) +
    texts
      .flatMap(components)
      .map((l) => l + CRLF)
      .join('') +
    `END:VCALENDAR${CRLF}`
  );
}

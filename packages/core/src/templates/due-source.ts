import type { DueSource } from '../schemas/task.js';
import type { PublishedCalendar, Template } from '../schemas/template.js';

type TemplateTask = Template['tasks'][number];

/**
 * Where a platform deadline's date comes from in the plan of `year`: `published` when the calendar gives the
 * deadline, or the phase (or sale day) it is counted from and the template knows the rule; `playbook` in the
 * template's playbook year for a date the playbook gives; `estimate` otherwise (the rule extended, or a date no
 * source gives). Team-clock work has no platform source: `undefined`.
 *
 * @example
 * dueSource(aliexpress1111, task, 2027, undefined) //=> { kind: 'estimate', year: 2020, note: '2020 rule extended to 2027: confirm in the seller centre' }
 */
export function dueSource(template: Template, task: TemplateTask, year: number, calendar: PublishedCalendar | undefined): DueSource | undefined {
  if (task.due.clock === 'team') return undefined;
  const noticeNote = calendar?.note ?? 'published calendar';
  if (calendar?.deadlines[task.id] !== undefined) return { kind: 'published', year, note: noticeNote };
  const counted = task.due.from === 'anchor' ? calendar?.anchor !== undefined : calendar?.phases[task.due.phase ?? task.phase] !== undefined;
  if (counted && !task.estimate) return { kind: 'published', year, note: noticeNote };
  const basis = template.sources.find((s) => s.trust === 'playbook' && s.year === template.playbookYear) ?? template.sources[0];
  if (template.playbookYear === year && !task.estimate) return { kind: 'playbook', year, ...(basis ? { note: basis.title } : {}) };
  const from = template.playbookYear ?? basis?.year;
  const note = task.estimate
    ? 'no source gives this date: confirm in the seller centre'
    : from !== undefined
      ? `${from} rule extended to ${year}: confirm in the seller centre`
      : 'the usual shape of this sale: confirm in the seller centre';
  return { kind: 'estimate', ...(from !== undefined ? { year: from } : {}), note };
}

import type { Plan } from '../schemas/plan.js';
import type { PersonSettings, Roster } from '../schemas/roster.js';
import type { Task } from '../schemas/task.js';

/**
 * The person a task is for: its `owner`; without one, the person a `roster` maps the task's role to. A
 * task whose role the roster leaves out (or that has neither owner nor role) has no person: it stays out
 * of per-person splits and briefs, and readiness shows it under its role (`ownerOrRole`). An owner always
 * wins over the roster, as when a plan is made with one. Queries, per-person checklists, feeds and the
 * morning brief all read the person through this one function.
 *
 * @example
 * personOf(plan, { ...task, owner: 'li' }) //=> 'li'
 * personOf(plan, { role: 'designer' }, { roles: { designer: 'Chen Jing' } }) //=> 'Chen Jing'
 * personOf(plan, { role: 'designer' }) //=> undefined
 */
export function personOf(_plan: Pick<Plan, 'tasks'>, task: Pick<Task, 'owner' | 'role'>, roster?: Pick<Roster, 'roles'>): string | undefined {
  if (task.owner !== undefined) return task.owner;
  return task.role !== undefined && roster !== undefined ? roster.roles[task.role] : undefined;
}

/**
 * `plan` with the roster applied: each task that has a role but no owner gets the person the roster maps
 * the role to (see {@link personOf}), so every query, export, feed and brief of the result sees that person.
 * What `instantiate` does with a roster, for a plan made without one. The plan is not changed.
 *
 * @example
 * withRoster(plan, { roles: { designer: 'Chen Jing' } }).tasks.find((t) => t.role === 'designer')?.owner //=> 'Chen Jing'
 */
export function withRoster(plan: Plan, roster: Pick<Roster, 'roles'>): Plan {
  return {
    ...plan,
    tasks: plan.tasks.map((task) => {
      const person = task.owner === undefined ? personOf(plan, task, roster) : undefined;
      return person === undefined ? task : { ...task, owner: person };
    }),
  };
}

/**
 * The language and zone a roster gives a person (`roster.people[person]`), or `{}` when it gives none.
 *
 * @example
 * personSettings({ roles: {}, people: { 'Li Wei': { locale: 'zh-CN' } } }, 'Li Wei') //=> { locale: 'zh-CN' }
 * personSettings({ roles: {} }, 'constructor') //=> {}
 */
export function personSettings(roster: Pick<Roster, 'people'> | undefined, person: string): PersonSettings {
  const people = roster?.people;
  // An own key only: a name such as "constructor" must not find Object.prototype's.
  return people !== undefined && Object.hasOwn(people, person) ? people[person]! : {};
}

// The planner example: the 11.11 plan of the coming season in the browser's zone, editable, with its log kept
// in localStorage: status events and plan edits in one JSON Lines log (the format the CLI's `done` and
// `edit` commands write), folded over the plan on every load. "Download" saves the plan or the log.
// With `?server=ws://...&room=...&token=...` the page works with the team's sync room instead (team-sync.js).
import {
  campaignEnd,
  foldLog,
  instantiate,
  isValidTimeZone,
  parseLog,
  parsePlan,
  safeParseLogEvent,
  serializeLog,
  serializePlan,
} from '../../packages/elements/dist/campaign-planner-elements.bundle.js';
import { localizePage, pageText } from './page-text.js';
import { joinTeam, teamParams } from './team-sync.js';

const params = new URLSearchParams(location.search);
// `?now=<ISO>` pins the clock (the screenshot test uses it); otherwise the real time.
const now = params.has('now') ? new Date(params.get('now')) : new Date();
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const teamTimeZone = isValidTimeZone(browserZone) ? browserZone : 'Asia/Shanghai';
const planner = document.querySelector('#planner');
const choice = document.querySelector('#plan-choice');
const teamRoom = teamParams(params);

/** The 11.11 campaign that has not ended yet: this year's, or next year's once this one is over. */
async function seasonPlan() {
  // Built-in templates ship as data beside the core (the build writes them); any template JSON works the same.
  const response = await fetch('../../packages/core/templates/aliexpress-11-11.json');
  if (!response.ok) throw new Error(`cannot load the 11.11 template (${response.status}): run "npm run build"`);
  const template = await response.json();
  const plan = instantiate(template, { year: now.getUTCFullYear(), teamTimeZone });
  return campaignEnd(plan) > now ? plan : instantiate(template, { year: now.getUTCFullYear() + 1, teamTimeZone });
}

/** 10,000 tasks over the same phases, each depending on the previous one: for scrolling a big plan. */
function bigPlan(base) {
  const from = base.phases[0].start.getTime();
  const span = campaignEnd(base).getTime() - from - 1;
  const streams = ['operations', 'product', 'traffic', 'marketing', 'visual', 'logistics-service'];
  const tasks = Array.from({ length: 10_000 }, (_, i) => {
    const due = new Date(from + Math.floor((span * (i + 1)) / 10_000));
    return {
      id: `t${i}`,
      title: { en: `Generated task ${i + 1}`, 'zh-CN': `生成的任务 ${i + 1}` },
      phase: base.phases.find((p) => p.start <= due && due < p.end).id,
      workstream: streams[i % streams.length],
      due,
      ...(i % 3 === 0 ? { start: new Date(due.getTime() - 86_400_000) } : {}),
      dependsOn: i > 0 ? [`t${i - 1}`] : [],
    };
  });
  return parsePlan({ ...base, id: `${base.id}-big`, tasks });
}

const logKey = (plan) => `campaign-planner:${plan.id}:events`;

function loadEvents(plan) {
  const r = parseLog(localStorage.getItem(logKey(plan)) ?? '');
  // An unreadable log is kept aside rather than lost, and the plan opens without it.
  if (!r.success) localStorage.setItem(`${logKey(plan)}:unreadable:${Date.now()}`, localStorage.getItem(logKey(plan)));
  return r.success ? r.events : [];
}

let events = [];
let base;
let counter = 0;
function show(plan) {
  base = plan;
  events = loadEvents(plan);
  // The plan and statuses as the log leaves them; events that no longer apply stay in the log.
  const folded = foldLog(plan, events);
  planner.plan = folded.plan;
  planner.state = folded.state;
  localizePage(planner.locale, plan);
}

planner.now = now;
// A shared link's zone (`?tz=`, read by the planner's url-state) wins over the team's.
if (!params.has('tz')) planner.timeZone = 'team';
planner.locale = navigator.language.startsWith('zh') ? 'zh-CN' : 'en';
// The planner's language switch also switches the page's own controls.
/** The room, once joined, and who is in it (team mode). */
let team;
let people;
new MutationObserver(() => {
  localizePage(planner.locale, base, teamRoom?.room);
  if (people) showPeople(people);
}).observe(planner, { attributes: true, attributeFilter: ['locale'] });

/** The header's sync state (`offline`, `syncing`, `synced`, `refused`), in the page's language. */
function showStatus(state, reason) {
  const el = document.querySelector('#sync-status');
  el.dataset.state = state;
  if (reason) el.dataset.reason = reason;
  else delete el.dataset.reason;
  localizePage(planner.locale, base, teamRoom.room);
}

/** Who is online, each with their presence color; names are other people's text, so textContent only. */
function showPeople(users) {
  people = users;
  const list = document.querySelector('#online');
  list.replaceChildren(
    ...users.map((u) => {
      const li = document.createElement('li');
      li.style.setProperty('--who', u.color);
      li.textContent = u.self ? `${u.name} (${pageText(planner.locale, 'you')})` : u.name;
      return li;
    }),
  );
}

if (teamRoom) {
  // The room's plan and log replace this browser's: the local plan choice and reset do not apply.
  for (const id of ['#plan-choice', '#reset']) document.querySelector(id).closest('label, button').hidden = true;
  document.querySelector('#team').hidden = false;
  localizePage(planner.locale, undefined, teamRoom.room);
  team = await joinTeam(planner, teamRoom, {
    onStatus: showStatus,
    onPeople: showPeople,
    onPlan: (plan) => {
      base = plan;
      localizePage(planner.locale, plan, teamRoom.room);
    },
  });
} else {
  planner.editable = true;
  show(await seasonPlan());
}
const season = teamRoom ? undefined : base;

/** Takes one event from the planner into the log (the room's, or this browser's); false when refused. */
function append(input) {
  if (team) return team.append(input);
  const r = safeParseLogEvent(input);
  if (!r.success) return false;
  events = [...events, r.event];
  localStorage.setItem(logKey(base), serializeLog(events));
  return true;
}

// Every applied edit (undo and redo included: an undo is its inverse edit) goes into the same log.
planner.addEventListener('plan-edit', (e) => {
  queueMicrotask(() => {
    if (e.defaultPrevented) return;
    append({ type: 'edit', id: `browser-${Date.now().toString(36)}-${(counter += 1)}`, at: new Date(), by: 'browser', edit: e.detail.edit });
  });
});

// Every check becomes a status event in the log; the planner has updated its own state already.
planner.addEventListener('task-status-change', (e) => {
  const { taskId, occurrence, status } = e.detail;
  // Refused (a viewer's token, say): cancelled, so the checklist keeps showing what the log says.
  if (!append({ taskId, ...(occurrence ? { occurrence } : {}), status, at: new Date(), by: 'browser' })) e.preventDefault();
});

function download(name, text, type) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

document.querySelector('#download-plan').addEventListener('click', () => download(`${planner.plan.id}.json`, serializePlan(planner.plan), 'application/json'));
document
  .querySelector('#download-log')
  .addEventListener('click', () =>
    download(`${planner.plan.id}.jsonl`, serializeLog(team ? team.events() : events, planner.plan.platformTimeZone), 'application/jsonl'),
  );

choice.addEventListener('change', () => show(choice.value === 'big' ? bigPlan(season) : season));

document.querySelector('#reset').addEventListener('click', () => {
  localStorage.removeItem(logKey(base));
  show(base);
});

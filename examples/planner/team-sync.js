// Team mode of the planner example: with `?server=ws://...&room=...&token=...` (and `&name=...`) the page
// joins a sync room instead of keeping its log in localStorage. The room's document lives in IndexedDB too,
// so the page opens and takes ticks and edits while the server is away, and sends them when it is back.
// The planner knows nothing of this: it gets `plan`, `state` and `viewers`, and its events become log events.
import {
  CampaignBinding,
  campaignLogModel,
  colorFor,
  openOfflineDoc,
  openRoom,
  statusLogModel,
  CAMPAIGN_KEY,
} from '../../packages/sync/dist/campaign-planner-sync.bundle.js';

/** The room the page URL names, or undefined when the page works alone. */
export function teamParams(params) {
  const [server, room, token] = ['server', 'room', 'token'].map((k) => params.get(k));
  return server && room && token ? { server, room, token, name: params.get('name') ?? undefined } : undefined;
}

/** The role a token claims (its first part is base64url JSON); the server's answer replaces it once joined. */
function claimedRole(token) {
  try {
    return JSON.parse(atob(token.split('.')[0].replaceAll('-', '+').replaceAll('_', '/'))).role;
  } catch {
    return undefined;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Joins the room and keeps `planner` showing it. `onStatus(state, reason?)` hears `offline`, `syncing`,
 * `synced` or `refused`; `onPeople(users)` hears who is online. Resolves once the IndexedDB copy is loaded
 * (the page may still be waiting for the server). Returns `append(input)` for the planner's events and `events()`.
 */
export async function joinTeam(planner, { server, room, token, name }, { onStatus, onPeople, onPlan }) {
  const offline = await openOfflineDoc(`campaign-planner:${server}:${room}`);
  const doc = offline.doc;
  const user = { name: name || `Guest ${doc.clientID % 10_000}` };
  user.color = colorFor(user.name);
  let role = claimedRole(token) ?? 'editor';
  let live;
  let campaign;
  let counter = 0;

  // The room says what its log holds: status events only, or the whole campaign log (edits too).
  const isStatusRoom = () => doc.getMap(CAMPAIGN_KEY).get('model') === 'status';
  const binding = () => {
    if (!campaign && doc.getMap(CAMPAIGN_KEY).has('plan')) {
      campaign = new CampaignBinding(doc, isStatusRoom() ? statusLogModel : campaignLogModel);
      campaign.subscribe(onEvents);
    }
    return campaign;
  };

  let scheduled = false;
  let planChanged = true;
  let appending = false;
  function render() {
    scheduled = false;
    const c = binding();
    if (!c) return;
    const state = c.state;
    // A new plan object makes the Gantt start over (scroll, folded groups): only when the plan did change.
    if (planChanged) planner.plan = c.plan;
    planChanged = false;
    planner.state = isStatusRoom() ? state : state.state;
    if (!isStatusRoom()) planner.metrics = state.metrics;
    planner.editable = role !== 'viewer' && !isStatusRoom();
    onPlan(c.plan);
  }
  // A burst of changes (a remote sync brings many) costs one fold and one render.
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(render);
  }
  // The planner has applied its own edits already; the others' edits change the plan it shows.
  function onEvents(added) {
    if (!appending && added.some((e) => e.type === 'edit')) planChanged = true;
    schedule();
  }
  doc.getMap(CAMPAIGN_KEY).observe(() => {
    planChanged = true;
    schedule();
  });

  function track() {
    if (!live) return;
    if (live.status === 'refused') return onStatus('refused', live.refusal);
    if (live.status !== 'online') return onStatus(live.status === 'offline' ? 'offline' : 'syncing');
    if (live.pending === 0) return onStatus('synced');
    onStatus('syncing');
    live.whenSynced().then(track, track);
  }

  function people() {
    const users = live?.online() ?? [];
    const viewers = new Map();
    for (const u of users) if (!u.self && u.taskId) viewers.set(u.taskId, [...(viewers.get(u.taskId) ?? []), { name: u.name, color: u.color }]);
    planner.viewers = viewers;
    onPeople(users);
  }
  planner.addEventListener('open-task-change', (e) => live?.setOpenTask(e.detail.taskId));

  // Joins, and keeps trying while the server is away: the page works on its IndexedDB copy meanwhile.
  async function connect() {
    onStatus('syncing');
    while (!live) {
      try {
        live = await openRoom({
          url: server,
          room,
          token,
          doc,
          user,
          model: isStatusRoom() ? statusLogModel : campaignLogModel,
          timeoutMs: binding() ? 3000 : 10_000,
          reconnect: { delay: 500, maxDelay: 3000 },
        });
      } catch (e) {
        if (!/no answer within/.test(e.message)) return onStatus('refused', e.message);
        onStatus('offline');
        await sleep(1000);
      }
    }
    role = live.role;
    live.setOpenTask(planner.openTaskId);
    live.subscribe((change) => {
      if (change.kind === 'presence') people();
      if (change.kind === 'status') track();
    });
    people();
    track();
    schedule();
  }

  render();
  void connect();

  return {
    user,
    /** Appends one event from the planner (status or edit); false when it was not taken (viewer, invalid). */
    append(input) {
      const c = binding();
      if (!c || role === 'viewer') return false;
      counter += 1;
      appending = true;
      try {
        c.append([{ ...input, id: `${doc.clientID.toString(36)}-${Date.now().toString(36)}-${counter}`, by: user.name }]);
      } catch (e) {
        // Refused here (it no longer applies after someone else's change): show the room's truth again.
        console.warn(e.message);
        planChanged = true;
        schedule();
        return false;
      } finally {
        appending = false;
      }
      track();
      return true;
    },
    /** Every event of the room, for the log download. */
    events: () => binding()?.events ?? [],
    get role() {
      return role;
    },
  };
}

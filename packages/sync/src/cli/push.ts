import WebSocket from 'ws';
import { formatPath, safeParsePlan, serializePlan, type Issue } from '@campaign-planner/core';
import { parseEventLog } from '@campaign-planner/core/readiness';
import { isEditEvent, isMetricEvent, logEventIdentity, parseLog, type Folded, type LogEvent } from '@campaign-planner/core/edits';
import { CampaignBinding } from '../campaign-binding.js';
import { campaignTypes } from '../campaign-doc.js';
import { campaignLogModel } from '../campaign-log-model.js';
import { openRoom } from '../room.js';
import { CliFailure, parse, readText, required, timeoutMs, tokenOf, type SyncCliIO } from './options.js';

/** Reads and validates a plan file; every problem becomes a line `file: path: message`. */
export function readPlanFile(file: string) {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw new CliFailure(1, [`${file}: invalid JSON: ${(e as Error).message}`]);
  }
  const r = safeParsePlan(json);
  if (!r.success)
    throw new CliFailure(
      1,
      r.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`),
    );
  return r.plan;
}

/** A log file's problems as `file:line: path: message` lines. */
const logProblems = (file: string, issues: ReadonlyArray<Issue & { line: number }>) =>
  new CliFailure(
    1,
    issues.map((i) => `${file}:${i.line}: ${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}`),
  );

/**
 * `campaign-planner push plan.json --server URL --room R [--log events.jsonl] [--log-model status|campaign]`:
 * creates the room from a plan file (and a log), or adds the log's missing events to a room that already has
 * this very plan. A new room keeps status events, or the whole campaign log (edits, metrics) with
 * `--log-model campaign` or a log that has edits; an existing room keeps what it was created with.
 */
export async function pushCommand(args: readonly string[], io: SyncCliIO): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      server: { type: 'string' },
      room: { type: 'string' },
      token: { type: 'string' },
      log: { type: 'string' },
      'log-model': { type: 'string' },
      timeout: { type: 'string' },
    },
    1,
  );
  const file = positionals[0];
  if (!file) throw new CliFailure(2, ['the plan file is required']);
  const url = required(values.server, 'server');
  const name = required(values.room, 'room');
  const token = tokenOf(values.token, io);
  const timeout = timeoutMs(values.timeout);
  const asked = values['log-model'];
  if (asked !== undefined && asked !== 'status' && asked !== 'campaign') throw new CliFailure(2, [`--log-model: expected status or campaign, got "${asked}"`]);
  const plan = readPlanFile(file);
  const logText = values.log ? readText(values.log) : '';
  const shapes = parseLog(logText);
  if (!shapes.success) throw logProblems(values.log!, shapes.issues);
  const hasCampaignEvents = shapes.events.some((e) => isEditEvent(e) || isMetricEvent(e));
  const room = await openRoom({ url, room: name, token, requirePlan: false, WebSocket, timeoutMs: timeout, user: { name: 'campaign-planner push' } });
  let binding: CampaignBinding<LogEvent, Folded> | undefined;
  try {
    if (room.role !== 'editor') throw new CliFailure(1, [`room "${name}": this token is a viewer's; pushing needs an editor token`]);
    const created = !room.campaign.hasPlan;
    const { campaign } = campaignTypes(room.campaign.doc);
    if (!created && campaign.get('plan') !== serializePlan(plan, 0))
      throw new CliFailure(1, [`room "${name}" already has another plan ("${room.campaign.basePlan.id}"); pull it, or push to a new room`]);
    const kept = created ? undefined : campaign.get('model') === 'campaign' ? 'campaign' : 'status';
    if (kept && asked && kept !== asked) throw new CliFailure(1, [`room "${name}" keeps ${kept} logs, not ${asked} ones`]);
    const model = kept ?? asked ?? (hasCampaignEvents ? 'campaign' : 'status');
    let events: readonly LogEvent[] = shapes.events;
    if (model === 'status') {
      if (hasCampaignEvents)
        throw new CliFailure(1, [
          `${values.log}: has plan edits or metrics, which room "${name}" does not keep (it keeps status events; see "serve --log-model campaign")`,
        ]);
      const r = parseEventLog(plan, logText);
      if (!r.success) throw logProblems(values.log!, r.issues);
      events = r.events;
    } else binding = new CampaignBinding<LogEvent, Folded>(room.campaign.doc, campaignLogModel);
    const target = binding ?? room.campaign;
    const have = new Set(created ? [] : target.events.map(logEventIdentity));
    const missing = events.filter((e) => !have.has(logEventIdentity(e)));
    // One transaction, so one update: the server takes a room's creation whole, whatever the log's size.
    room.campaign.doc.transact(() => {
      if (created) target.setBasePlan(plan);
      if (missing.length > 0) target.append(missing);
    });
    await room.whenSynced(values.timeout === undefined ? undefined : timeout).catch((e: Error) => {
      // The server keeps one kind of log; say how to match it.
      const hint = created && /keeps "(\w+)" logs, not/.exec(e.message);
      throw new CliFailure(1, [hint ? `${e.message} (push with --log-model ${hint[1]})` : e.message]);
    });
    io.stdout(`${created ? 'created' : 'updated'} room "${name}": plan "${plan.id}", ${missing.length} new events (${target.events.length} in all)\n`);
    return 0;
  } finally {
    binding?.destroy();
    room.close();
  }
}

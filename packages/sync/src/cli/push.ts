import WebSocket from 'ws';
import { formatPath, safeParsePlan, serializePlan } from '@campaign-planner/core';
import { eventIdentity, parseEventLog } from '@campaign-planner/core/readiness';
import { campaignTypes } from '../campaign-doc.js';
import { openRoom } from '../room.js';
import { CliFailure, parse, readText, required, tokenOf, type SyncCliIO } from './options.js';

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

/**
 * `campaign-planner push plan.json --server URL --room R [--log events.jsonl]`: creates the room from a plan
 * file (and a status log), or adds the log's missing events to a room that already has this very plan.
 */
export async function pushCommand(args: readonly string[], io: SyncCliIO): Promise<number> {
  const { values, positionals } = parse(args, { server: { type: 'string' }, room: { type: 'string' }, token: { type: 'string' }, log: { type: 'string' } }, 1);
  const file = positionals[0];
  if (!file) throw new CliFailure(2, ['the plan file is required']);
  const url = required(values.server, 'server');
  const name = required(values.room, 'room');
  const token = tokenOf(values.token, io);
  const plan = readPlanFile(file);
  let events: ReturnType<typeof parseEventLog> & { success: true } = { success: true, events: [] };
  if (values.log) {
    const r = parseEventLog(plan, readText(values.log));
    if (!r.success)
      throw new CliFailure(
        1,
        r.issues.map((i) => `${values.log}:${i.line}: ${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}`),
      );
    events = r;
  }
  const room = await openRoom({ url, room: name, token, requirePlan: false, WebSocket, user: { name: 'campaign-planner push' } });
  try {
    if (room.role !== 'editor') throw new CliFailure(1, [`room "${name}": this token is a viewer's; pushing needs an editor token`]);
    const created = !room.campaign.hasPlan;
    if (!created && campaignTypes(room.campaign.doc).campaign.get('plan') !== serializePlan(plan, 0))
      throw new CliFailure(1, [`room "${name}" already has another plan ("${room.campaign.basePlan.id}"); pull it, or push to a new room`]);
    const have = new Set(created ? [] : room.events.map(eventIdentity));
    const missing = events.events.filter((e) => !have.has(eventIdentity(e)));
    // One transaction, so one update: the server takes a room's creation whole, whatever the log's size.
    room.campaign.doc.transact(() => {
      if (created) room.campaign.setBasePlan(plan);
      if (missing.length > 0) room.append(missing);
    });
    await room.whenSynced().catch((e: Error) => {
      throw new CliFailure(1, [e.message]);
    });
    io.stdout(`${created ? 'created' : 'updated'} room "${name}": plan "${plan.id}", ${missing.length} new events (${room.events.length} in all)\n`);
    return 0;
  } finally {
    room.close();
  }
}

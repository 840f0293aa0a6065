import WebSocket from 'ws';
import { serializePlan } from '@campaign-planner/core';
import { mergeLogs, serializeEventLog } from '@campaign-planner/core/readiness';
import { openRoom } from '../room.js';
import { parse, required, tokenOf, writeFileAtomic, type SyncCliIO } from './options.js';

/**
 * `campaign-planner pull --server URL --room R [--out plan.json] [--log events.jsonl]`: writes the room's plan
 * (stdout without --out) and its log as JSON Lines in merge order, each file replaced whole.
 */
export async function pullCommand(args: readonly string[], io: SyncCliIO): Promise<number> {
  const { values } = parse(args, {
    server: { type: 'string' },
    room: { type: 'string' },
    token: { type: 'string' },
    out: { type: 'string' },
    log: { type: 'string' },
  });
  const url = required(values.server, 'server');
  const name = required(values.room, 'room');
  const room = await openRoom({ url, room: name, token: tokenOf(values.token, io), WebSocket, user: { name: 'campaign-planner pull' } });
  try {
    const plan = serializePlan(room.campaign.basePlan);
    const events = mergeLogs(room.events);
    if (values.out) writeFileAtomic(values.out, `${plan}\n`);
    else io.stdout(`${plan}\n`);
    if (values.log) writeFileAtomic(values.log, serializeEventLog(events, room.campaign.basePlan.platformTimeZone));
    if (values.out || values.log) io.stderr(`pulled room "${name}": plan "${room.campaign.basePlan.id}", ${events.length} events\n`);
    return 0;
  } finally {
    room.close();
  }
}

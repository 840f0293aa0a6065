import WebSocket from 'ws';
import { serializePlan } from '@campaign-planner/core';
import { mergeLogs, serializeEventLog } from '@campaign-planner/core/readiness';
import { mergeEventLogs, serializeLog, type Folded, type LogEvent } from '@campaign-planner/core/edits';
import { CampaignBinding } from '../campaign-binding.js';
import { campaignTypes } from '../campaign-doc.js';
import { campaignLogModel } from '../campaign-log-model.js';
import { openRoom } from '../room.js';
import { parse, required, timeoutMs, tokenOf, writeFileAtomic, type SyncCliIO } from './options.js';

/**
 * `campaign-planner pull --server URL --room R [--out plan.json] [--log events.jsonl]`: writes the room's plan
 * (stdout without --out) and its log as JSON Lines in merge order, each file replaced whole. A campaign room's
 * log (`serve --log-model campaign`) is written whole: statuses, plan edits and metrics.
 */
export async function pullCommand(args: readonly string[], io: SyncCliIO): Promise<number> {
  const { values } = parse(args, {
    server: { type: 'string' },
    room: { type: 'string' },
    token: { type: 'string' },
    out: { type: 'string' },
    log: { type: 'string' },
    timeout: { type: 'string' },
  });
  const url = required(values.server, 'server');
  const name = required(values.room, 'room');
  const room = await openRoom({
    url,
    room: name,
    token: tokenOf(values.token, io),
    WebSocket,
    timeoutMs: timeoutMs(values.timeout),
    user: { name: 'campaign-planner pull' },
  });
  // A campaign room is read through its own model: the room's binding reads status events only.
  const binding =
    campaignTypes(room.campaign.doc).campaign.get('model') === 'campaign'
      ? new CampaignBinding<LogEvent, Folded>(room.campaign.doc, campaignLogModel)
      : undefined;
  try {
    const plan = serializePlan(room.campaign.basePlan);
    const zone = room.campaign.basePlan.platformTimeZone;
    const count = binding ? binding.events.length : room.events.length;
    if (values.out) writeFileAtomic(values.out, `${plan}\n`);
    else io.stdout(`${plan}\n`);
    if (values.log) writeFileAtomic(values.log, binding ? serializeLog(mergeEventLogs(binding.events), zone) : serializeEventLog(mergeLogs(room.events), zone));
    if (values.out || values.log) io.stderr(`pulled room "${name}": plan "${room.campaign.basePlan.id}", ${count} events\n`);
    return 0;
  } finally {
    binding?.destroy();
    room.close();
  }
}

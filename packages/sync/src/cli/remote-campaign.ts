// A room seen as plain data for the core CLI's `done`, `edit` and `status --server`: the base plan, the log's
// events and an append that waits for the server. The core folds and formats; no Yjs type crosses over.
import WebSocket from 'ws';
import { isEditEvent, isMetricEvent, type Folded, type LogEvent, type RemoteCampaign, type RemoteCampaignOptions } from '@campaign-planner/core/edits';
import type { StatusEvent, StatusState } from '@campaign-planner/core/readiness';
import { CampaignBinding } from '../campaign-binding.js';
import { campaignTypes } from '../campaign-doc.js';
import { campaignLogModel } from '../campaign-log-model.js';
import { openRoom } from '../room.js';

// The contract is the core's (the core CLI calls it); this package implements it.
export type { RemoteCampaign, RemoteCampaignOptions };

/**
 * Joins a room over `ws` and reads it through the log model the room was created with, so a status room and
 * a campaign room (`serve --log-model campaign`) both read as a campaign log. Rejects when the server is
 * unreachable within `timeoutMs`, refuses the token, or the room has no plan.
 *
 * @example
 * const remote = await openRemoteCampaign({ server: 'ws://127.0.0.1:1234', room: 'bf', token, timeoutMs: 10_000, user: 'li' });
 * const { state } = foldLog(remote.basePlan, remote.events);
 * remote.close();
 */
export async function openRemoteCampaign(options: RemoteCampaignOptions): Promise<RemoteCampaign> {
  const { server, room: name, timeoutMs } = options;
  const room = await openRoom<StatusEvent, StatusState>({ url: server, room: name, token: options.token, WebSocket, timeoutMs, user: { name: options.user } });
  const logModel = campaignTypes(room.campaign.doc).campaign.get('model') === 'campaign' ? 'campaign' : 'status';
  // The room's own binding reads status events; a campaign room is read again through the campaign model.
  const binding: Pick<CampaignBinding<LogEvent, unknown>, 'basePlan' | 'events' | 'append' | 'destroy'> = logModel === 'campaign'
    ? new CampaignBinding<LogEvent, Folded>(room.campaign.doc, campaignLogModel)
    : room.campaign;
  let closed = false;
  return {
    basePlan: binding.basePlan,
    events: binding.events,
    logModel,
    role: room.role,
    async append(event) {
      if (room.role === 'viewer') throw new Error(`room "${name}": this token is a viewer's, which reads only; writing needs an editor token`);
      if (logModel === 'status' && (isEditEvent(event) || isMetricEvent(event)))
        throw new Error(`room "${name}" keeps status events only; plan edits need a room on a server started with "serve --log-model campaign"`);
      try {
        binding.append([event]);
      } catch (e) {
        throw new Error(`room "${name}": ${(e as Error).message}`, { cause: e });
      }
      await room.whenSynced(timeoutMs);
    },
    close() {
      if (closed) return;
      closed = true;
      if (binding !== room.campaign) binding.destroy();
      room.close();
    },
  };
}

// @campaign-planner/sync: a campaign (base plan + event log) shared live on Yjs. This entry runs in browsers
// and Node alike; the server, tokens and SQLite are in '@campaign-planner/sync/server'.
export { openRoom } from './room.js';
export type { Room, RoomChange, RoomStatus, OpenRoomOptions } from './room.js';
export { CampaignBinding, RoomEventError } from './campaign-binding.js';
export type { UnreadableEntry } from './campaign-binding.js';
export { statusLogModel } from './log-model.js';
export type { LogModel, Json, ParseEntryResult } from './log-model.js';
export { campaignTypes, readBasePlan, writeBasePlan, CAMPAIGN_KEY, LOG_KEY } from './campaign-doc.js';
export type { CampaignTypes, ReadPlanResult } from './campaign-doc.js';
export { onlineUsers, colorFor } from './presence.js';
export type { OnlineUser, RoomUser } from './presence.js';
export { campaignLogModel } from './campaign-log-model.js';
export { openOfflineDoc } from './offline.js';
export type { OfflineDoc } from './offline.js';
export { RoomController } from './room-controller.js';
export type { RoomControllerHost } from './room-controller.js';

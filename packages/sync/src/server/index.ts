// @campaign-planner/sync/server: the sync server (Hocuspocus, SQLite, Redis relay) and its tokens. Node only.
export { startSyncServer, ROOM_NAME } from './start-server.js';
export type { SyncServer, SyncServerOptions } from './start-server.js';
export { signToken, verifyToken, parseDuration } from './tokens.js';
export type { Role, TokenClaims, TokenRefusal, VerifyTokenResult } from './tokens.js';
export { DEFAULT_LIMITS, resolveLimits } from './limits.js';
export type { SyncLimits } from './limits.js';
export { UpdateGuard } from './update-guard.js';
export type { GuardVerdict } from './update-guard.js';
export { SqliteStore } from './sqlite-store.js';

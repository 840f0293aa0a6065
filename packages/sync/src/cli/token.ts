import { ROOM_NAME } from '../server/start-server.js';
import { parseDuration, signToken } from '../server/tokens.js';
import { parse, required, usage, type SyncCliIO } from './options.js';
import { readSecret } from './secret.js';

/** `campaign-planner token --room R --role editor|viewer [--expires 30d] [--secret-file FILE]`. */
export function tokenCommand(args: readonly string[], io: SyncCliIO): number {
  const { values } = parse(args, { room: { type: 'string' }, role: { type: 'string' }, expires: { type: 'string' }, 'secret-file': { type: 'string' } });
  const room = required(values.room, 'room');
  if (!ROOM_NAME.test(room)) throw usage(`--room: expected 1-100 letters, digits, "_", "." or "-", got "${room}"`);
  const role = required(values.role, 'role');
  if (role !== 'editor' && role !== 'viewer') throw usage(`--role: expected editor or viewer, got "${role}"`);
  const seconds = parseDuration(values.expires ?? '30d');
  if (seconds === undefined) throw usage(`--expires: expected a duration such as 30d, 12h or 15m, got "${values.expires}"`);
  const secret = readSecret(values['secret-file'], false);
  io.stdout(`${signToken(secret, { room, role, exp: Math.floor(Date.now() / 1000) + seconds })}\n`);
  return 0;
}

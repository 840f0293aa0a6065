import { campaignLogModel } from '../campaign-log-model.js';
import { statusLogModel } from '../log-model.js';
import { startSyncServer } from '../server/start-server.js';
import { parse, positiveInt, usage, type SyncCliIO } from './options.js';
import { readSecret } from './secret.js';

/** Resolves on the first SIGINT or SIGTERM. */
const untilSignal = () =>
  new Promise<string>((resolve) => {
    const on = (signal: string) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });

function redisOption(value: string | undefined) {
  if (value === undefined) return undefined;
  const m = /^([^:]+):(\d{1,5})$/.exec(value);
  if (!m) throw usage(`--redis: expected HOST:PORT, got "${value}"`);
  return { host: m[1]!, port: Number(m[2]) };
}

/** `campaign-planner serve`: runs the sync server until SIGINT or SIGTERM. */
export async function serveCommand(args: readonly string[], io: SyncCliIO): Promise<number> {
  const { values } = parse(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    'secret-file': { type: 'string' },
    redis: { type: 'string' },
    'log-model': { type: 'string' },
    'max-message-bytes': { type: 'string' },
    'max-events-per-minute': { type: 'string' },
    'max-room-events': { type: 'string' },
    'max-plan-bytes': { type: 'string' },
  });
  const port = values.port === '0' ? 0 : positiveInt(values.port, 'port', 1234)!;
  if (port > 65535) throw usage(`--port: expected 0-65535, got ${port}`);
  const redis = redisOption(values.redis);
  const modelName = values['log-model'] ?? 'status';
  if (modelName !== 'status' && modelName !== 'campaign') throw usage(`--log-model: expected status or campaign, got "${modelName}"`);
  const limits = Object.fromEntries(
    (
      [
        ['maxMessageBytes', 'max-message-bytes'],
        ['maxEventsPerMinute', 'max-events-per-minute'],
        ['maxRoomEvents', 'max-room-events'],
        ['maxPlanBytes', 'max-plan-bytes'],
      ] as const
    ).flatMap(([key, flag]) => (values[flag] === undefined ? [] : [[key, positiveInt(values[flag], flag)]])),
  );
  const server = await startSyncServer({
    port,
    host: values.host ?? '127.0.0.1',
    dbFile: values.db ?? 'campaign-planner.db',
    secret: readSecret(values['secret-file'], true),
    limits,
    model: modelName === 'campaign' ? campaignLogModel : statusLogModel,
    ...(redis ? { redis } : {}),
    log: (line) => io.stderr(`${new Date().toISOString()} ${line}\n`),
  });
  io.stdout(`listening on ${server.url}\n`);
  const signal = await untilSignal();
  await server.close();
  io.stderr(`stopped (${signal})\n`);
  return 0;
}

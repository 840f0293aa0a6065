// Access tokens: `base64url(JSON payload) + "." + base64url(HMAC-SHA256(secret, payload part))`.
// Stateless, so any server process holding the secret checks any token, and nothing to store.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a token allows: `editor` reads and writes, `viewer` reads and shows presence only. */
export type Role = 'editor' | 'viewer';

/** The content of a token. */
export interface TokenClaims {
  /** The one room the token opens. */
  readonly room: string;
  readonly role: Role;
  /** Expiry, in seconds since the Unix epoch. */
  readonly exp: number;
}

/** Why {@link verifyToken} refused a token. */
export type TokenRefusal = 'missing' | 'malformed' | 'forged' | 'expired' | 'other-room';

/** The result of {@link verifyToken}. */
export type VerifyTokenResult = { ok: true; claims: TokenClaims } | { ok: false; refusal: TokenRefusal; message: string };

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const mac = (secret: string | Buffer, body: string) => createHmac('sha256', secret).update(body).digest();

/**
 * Signs a token for `room` and `role`, valid until `expiresAt`.
 *
 * @example
 * signToken(secret, { room: 'bf-2026', role: 'editor', exp: Math.floor(Date.now() / 1000) + 86_400 })
 * //=> 'eyJyb29tIjoi....Xk3f...'
 */
export function signToken(secret: string | Buffer, claims: TokenClaims): string {
  const body = b64(JSON.stringify({ room: claims.room, role: claims.role, exp: claims.exp }));
  return `${body}.${b64(mac(secret, body))}`;
}

function readClaims(body: string): TokenClaims | undefined {
  try {
    const c = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof c.room === 'string' && (c.role === 'editor' || c.role === 'viewer') && Number.isFinite(c.exp))
      return { room: c.room, role: c.role, exp: c.exp as number };
  } catch {
    // falls through: malformed
  }
  return undefined;
}

/**
 * Checks a token's signature, expiry and room, in that order, comparing signatures in constant time.
 *
 * @example
 * const r = verifyToken(secret, token, 'bf-2026');
 * if (!r.ok) console.log(r.refusal) //=> 'expired'
 */
export function verifyToken(secret: string | Buffer, token: string | null | undefined, room: string, now = Date.now()): VerifyTokenResult {
  if (!token) return { ok: false, refusal: 'missing', message: 'no token' };
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return { ok: false, refusal: 'malformed', message: 'malformed token' };
  const expected = mac(secret, body);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, refusal: 'forged', message: 'bad token signature' };
  const claims = readClaims(body);
  if (!claims) return { ok: false, refusal: 'malformed', message: 'malformed token' };
  if (claims.exp * 1000 <= now) return { ok: false, refusal: 'expired', message: `token expired at ${new Date(claims.exp * 1000).toISOString()}` };
  if (claims.room !== room) return { ok: false, refusal: 'other-room', message: `token is for room "${claims.room}"` };
  return { ok: true, claims };
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * Parses a duration such as `30d`, `12h`, `15m` or `90s` into seconds; undefined if it is not one.
 *
 * @example
 * parseDuration('30d') //=> 2592000
 */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d{1,6})([smhd])$/.exec(text.trim());
  return m ? Number(m[1]) * UNITS[m[2]!]! : undefined;
}

// Reads the Yjs update out of a Hocuspocus message, before Hocuspocus handles it. The framing is lib0's:
// varString document name, varUint message type, then for sync messages varUint sync type and a
// varUint8Array payload. Written out here (a few lines) rather than depending on lib0 directly.

const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

class Reader {
  pos = 0;
  constructor(private readonly data: Uint8Array) {}
  varUint(): number {
    let n = 0;
    let mult = 1;
    for (;;) {
      const byte = this.data[this.pos++];
      if (byte === undefined || mult > 2 ** 49) throw new RangeError('truncated message');
      n += (byte & 0x7f) * mult;
      if (byte < 0x80) return n;
      mult *= 128;
    }
  }
  bytes(): Uint8Array {
    const len = this.varUint();
    if (this.pos + len > this.data.length) throw new RangeError('truncated message');
    const out = this.data.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
}

/**
 * The Yjs update carried by a sync step 2 or update message; undefined for any other message (sync step 1,
 * awareness, auth...) and for a message too short to be one (Hocuspocus then refuses it itself).
 *
 * @example
 * const update = readSyncUpdate(data); if (update) guard.check(update);
 */
export function readSyncUpdate(data: Uint8Array): Uint8Array | undefined {
  try {
    const r = new Reader(data);
    r.bytes(); // document name
    const type = r.varUint();
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return undefined;
    const syncType = r.varUint();
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined;
    return r.bytes();
  } catch {
    return undefined;
  }
}

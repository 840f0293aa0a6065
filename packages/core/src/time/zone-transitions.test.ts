import { describe, expect, it } from 'vitest';
import { zoneTransitions } from './zone-transitions.js';

describe('zoneTransitions', () => {
  it('finds the 2026 US changes to the minute', () => {
    const changes = zoneTransitions('America/Los_Angeles', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect(changes.map((c) => [c.at.toISOString(), c.offsetFrom, c.offsetTo])).toEqual([
      ['2026-03-08T10:00:00.000Z', -480, -420],
      ['2026-11-01T09:00:00.000Z', -420, -480],
    ]);
  });
  it('finds none for a zone without DST', () => {
    expect(zoneTransitions('Asia/Shanghai', new Date('2025-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z'))).toEqual([]);
  });
});

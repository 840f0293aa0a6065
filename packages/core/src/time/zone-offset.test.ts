import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tzOffset } from '@date-fns/tz';
import { zoneOffset } from './zone-offset.js';

describe('zoneOffset', () => {
  it('reads the offset in minutes on each side of a DST change', () => {
    expect(zoneOffset('America/Los_Angeles', Date.parse('2026-11-01T08:59:59Z'))).toBe(-420);
    expect(zoneOffset('America/Los_Angeles', Date.parse('2026-11-01T09:00:00Z'))).toBe(-480);
    expect(zoneOffset('Asia/Shanghai', Date.parse('2026-11-01T09:00:00Z'))).toBe(480);
  });

  it('never answers across a change inside a cached hour (Lord Howe changes at 15:30Z)', () => {
    const zone = 'Australia/Lord_Howe';
    const before = Date.parse('2026-10-03T15:29:00Z');
    const after = Date.parse('2026-10-03T15:31:00Z');
    for (const order of [
      [before, after],
      [after, before],
    ]) {
      expect(order.map((t) => zoneOffset(zone, t))).toEqual(order.map((t) => tzOffset(zone, new Date(t))));
    }
    expect(zoneOffset(zone, before)).toBe(630);
    expect(zoneOffset(zone, after)).toBe(660);
  });

  it('agrees with tzOffset everywhere (property, several zones, 1970-2040)', () => {
    const zones = ['America/Los_Angeles', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu', 'Europe/Dublin', 'America/Sao_Paulo'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: Date.UTC(2040, 0, 1) }), (zone, t) => {
        expect(zoneOffset(zone, t)).toBe(tzOffset(zone, new Date(t)));
      }),
      { numRuns: 5000 },
    );
  });

  it('throws naming an unknown zone', () => {
    expect(() => zoneOffset('Mars/Olympus', 0)).toThrow(/Invalid time zone "Mars\/Olympus"/);
  });
});

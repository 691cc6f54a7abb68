import { describe, expect, it } from 'vitest';
import { localToInstant, offsetId, offsetSecondsAt, parseOffsetId, resolveZone } from './time-zone.ts';

describe('parseOffsetId / offsetId (ZoneOffset)', () => {
  it('accepts every ZoneOffset.of form', () => {
    expect(parseOffsetId('Z')).toBe(0);
    expect(parseOffsetId('+8')).toBe(8 * 3600);
    expect(parseOffsetId('+08')).toBe(8 * 3600);
    expect(parseOffsetId('+08:00')).toBe(8 * 3600);
    expect(parseOffsetId('+0530')).toBe(5.5 * 3600);
    expect(parseOffsetId('-07:00:30')).toBe(-(7 * 3600 + 30));
    expect(parseOffsetId('-070030')).toBe(-(7 * 3600 + 30));
    expect(parseOffsetId('+18:00')).toBe(18 * 3600);
  });

  it('rejects malformed or out-of-range offsets', () => {
    for (const bad of ['+19:00', '+18:01', '+8:00', '+08:60', '08:00', '+08:0', 'UTC', ''])
      expect(parseOffsetId(bad)).toBeNull();
  });

  it('prints ids like ZoneOffset.getId()', () => {
    expect(offsetId(0)).toBe('Z');
    expect(offsetId(8 * 3600)).toBe('+08:00');
    expect(offsetId(-(7 * 3600 + 30))).toBe('-07:00:30');
  });
});

describe('resolveZone (ZoneId.of)', () => {
  it('normalises offsets and UTC/GMT prefixes', () => {
    expect(resolveZone('+8')).toEqual({ id: '+08:00', fixedOffset: 28800, isOffset: true });
    expect(resolveZone('+00:00').id).toBe('Z');
    expect(resolveZone('UTC')).toEqual({ id: 'UTC', fixedOffset: 0, isOffset: false });
    expect(resolveZone('GMT+0530').id).toBe('GMT+05:30');
    expect(() => resolveZone('GMT+5:30')).toThrow(/Invalid time zone/); // ZoneOffset.of refuses +h:mm
    expect(resolveZone('UTC+0').id).toBe('UTC');
  });

  it('accepts IANA ids and refuses unknown ones', () => {
    expect(resolveZone('Europe/Berlin')).toEqual({ id: 'Europe/Berlin', fixedOffset: null, isOffset: false });
    expect(() => resolveZone('Mars/Olympus')).toThrow(/Invalid time zone: Mars\/Olympus/);
    expect(() => resolveZone('+25:00')).toThrow(/Invalid time zone/);
    expect(() => resolveZone('')).toThrow(/Invalid time zone/);
  });
});

describe('offsetSecondsAt / localToInstant', () => {
  it('reads DST offsets from the zone rules', () => {
    const berlin = resolveZone('Europe/Berlin');
    expect(offsetSecondsAt(berlin, 1517943695750)).toBe(3600);
    expect(offsetSecondsAt(berlin, 1531322055000)).toBe(7200);
    expect(offsetSecondsAt(resolveZone('Asia/Kolkata'), 0)).toBe(19800);
  });

  it('resolves local times in gaps and overlaps like ZonedDateTime.ofLocal', () => {
    const la = resolveZone('America/Los_Angeles');
    const gapLocal = Date.UTC(2018, 2, 11, 2, 30);
    expect(localToInstant(la, gapLocal)).toBe(Date.UTC(2018, 2, 11, 10, 30)); // 03:30 PDT
    const overlapLocal = Date.UTC(2018, 10, 4, 1, 30);
    expect(localToInstant(la, overlapLocal)).toBe(Date.UTC(2018, 10, 4, 8, 30)); // 01:30 PDT (earlier)
    expect(localToInstant(resolveZone('+05:30'), Date.UTC(2018, 0, 1, 5, 30))).toBe(Date.UTC(2018, 0, 1));
  });
});

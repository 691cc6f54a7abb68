import { describe, expect, it } from 'vitest';
import { parseJavaPattern } from './java-date-parse.ts';
import { resolveZone, UTC_ZONE } from './time-zone.ts';

const P = 1517505562000; // 2018-02-01T17:19:22Z = 2018-02-02 01:19:22 at +08:00

function parse(text: string, pattern: string, zoneId?: string): number {
  return parseJavaPattern(text, pattern, zoneId === undefined ? UTC_ZONE : resolveZone(zoneId));
}

describe('parseJavaPattern: offsets and zones in the text', () => {
  it('Z, XXX, X, xx, O and ZZZZ offsets', () => {
    expect(parse('2018-02-02 01:19:22+0800', 'yyyy-MM-dd HH:mm:ssZ')).toBe(P);
    expect(parse('2018-02-01 17:19:22+0000', 'yyyy-MM-dd HH:mm:ssZ')).toBe(P);
    expect(parse('2018-02-02T01:19:22+08:00', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(P);
    expect(parse('2018-02-01T17:19:22Z', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(P);
    expect(parse('2018-02-02T01:19:22+08', "yyyy-MM-dd'T'HH:mm:ssX")).toBe(P);
    expect(parse('2018-02-01T22:49:22+0530', "yyyy-MM-dd'T'HH:mm:ssX")).toBe(P);
    expect(parse('2018-02-01T17:19:22+0000', "yyyy-MM-dd'T'HH:mm:ssxx")).toBe(P);
    expect(parse('2018-02-02 01:19:22 GMT+8', 'yyyy-MM-dd HH:mm:ss O')).toBe(P);
    expect(parse('2018-02-02 01:19:22 GMT+08:00', 'yyyy-MM-dd HH:mm:ss ZZZZ')).toBe(P);
    expect(parse('2018-02-01 17:19:22 GMT', 'yyyy-MM-dd HH:mm:ss O')).toBe(P);
  });

  it('zone ids (VV) and zone names (z)', () => {
    expect(parse('2018-02-02 01:19:22 Australia/Perth', 'yyyy-MM-dd HH:mm:ss VV')).toBe(P);
    expect(parse('2018-02-01 09:19:22 PST', 'yyyy-MM-dd HH:mm:ss z')).toBe(P);
    expect(parse('2018-02-01 17:19:22 UTC', 'yyyy-MM-dd HH:mm:ss z')).toBe(P);
  });

  it('a parsed offset wins over the timezone argument', () => {
    expect(parse('2018-02-02 01:19:22+0800', 'yyyy-MM-dd HH:mm:ssZ', 'America/Los_Angeles')).toBe(P);
  });
});

describe('parseJavaPattern: zone-less text is read in the given zone (UTC by default)', () => {
  it('uses the default zone', () => {
    expect(parse('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss')).toBe(1517534362000);
    expect(parse('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', '+08:00')).toBe(P);
    expect(parse('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', 'America/Los_Angeles')).toBe(1517563162000);
  });

  it('resolves DST gaps forward and overlaps to the earlier offset (ZonedDateTime.ofLocal)', () => {
    expect(parse('2018-03-11 02:30', 'yyyy-MM-dd HH:mm', 'America/Los_Angeles')).toBe(1520764200000); // = 03:30 PDT
    expect(parse('2018-11-04 01:30', 'yyyy-MM-dd HH:mm', 'America/Los_Angeles')).toBe(1541320200000); // 01:30 PDT
  });
});

describe('parseJavaPattern: fields', () => {
  it('English month names and AM/PM, case-insensitively', () => {
    expect(parse('Feb 2, 2018 1:19:22 AM', 'MMM d, yyyy h:mm:ss a', '+08:00')).toBe(P);
    expect(parse('February 1, 2018 5:19:22 PM', 'MMMM d, yyyy h:mm:ss a')).toBe(P);
    expect(parse('01-feb-2018 17:19:22', 'dd-MMM-yyyy HH:mm:ss')).toBe(P);
    expect(parse('Thu, 01 Feb 2018 17:19:22', 'EEE, dd MMM yyyy HH:mm:ss')).toBe(P);
    expect(parse('12:05 AM', 'hh:mm a') - parse('00:00', 'HH:mm')).toBe(5 * 60_000);
  });

  it('fractions, adjacent numbers and two-digit years', () => {
    expect(parse('2018-02-01 17:19:22.123', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe(P + 123);
    expect(parse('2018-02-01 17:19:22.123456789', 'yyyy-MM-dd HH:mm:ss.SSSSSSSSS')).toBe(P + 123);
    expect(parse('20180202011922', 'yyyyMMddHHmmss', '+08:00')).toBe(P);
    expect(parse('18-02-01 17:19:22', 'yy-MM-dd HH:mm:ss')).toBe(P);
    expect(parse('2018-032 17:19:22', 'yyyy-DDD HH:mm:ss')).toBe(P);
    expect(parse('2018-2-1 17:19:22', 'yyyy-M-d H:m:s')).toBe(P);
  });

  it('optional sections', () => {
    expect(parse('2018-02-02', 'yyyy-MM-dd[ HH:mm]')).toBe(1517529600000);
    expect(parse('2018-02-01 17:19', 'yyyy-MM-dd[ HH:mm]')).toBe(P - 22_000);
  });

  it('defaults missing fields to midnight / 1970-01-01', () => {
    expect(parse('2018-02-02', 'yyyy-MM-dd')).toBe(1517529600000);
    expect(parse('01:00', 'HH:mm')).toBe(3_600_000);
  });

  it('SMART resolution: clamps day 29-31 to the month, accepts 24:00', () => {
    expect(parse('2018-02-31', 'yyyy-MM-dd')).toBe(1519776000000);
    expect(parse('2018-02-02 24:00', 'yyyy-MM-dd HH:mm')).toBe(1517616000000);
  });

  it('rejects text that does not fit the pattern', () => {
    expect(() => parse('2018-13-01', 'yyyy-MM-dd')).toThrow(/invalid month/);
    expect(() => parse('2018-02-32', 'yyyy-MM-dd')).toThrow(/invalid day of month/);
    expect(() => parse('2018-02-02 25:00', 'yyyy-MM-dd HH:mm')).toThrow(/invalid hour/);
    expect(() => parse('2018-02-02x', 'yyyy-MM-dd')).toThrow(/could not be parsed at index 10/);
    expect(() => parse('2018/02/02', 'yyyy-MM-dd')).toThrow(/could not be parsed at index 4/);
    expect(() => parse('2018-2-02', 'yyyy-MM-dd')).toThrow(/could not be parsed/);
    expect(() => parse('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ssZ')).toThrow(/could not be parsed/);
    expect(() => parse('Fbr 2018', 'MMM yyyy')).toThrow(/could not be parsed/);
    expect(() => parse('', 'yyyy')).toThrow(/could not be parsed/);
  });
});

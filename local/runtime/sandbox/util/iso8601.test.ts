import { describe, expect, it } from 'vitest';
import { parseIso8601 } from './iso8601.ts';

describe('parseIso8601', () => {
  it('reads offsets, Z in either case and comma fractions', () => {
    // https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time.html parsing example
    expect(parseIso8601('2018-02-01T17:21:05.180+08:00')).toBe(1517476865180);
    expect(parseIso8601('2018-02-01t09:21:05,180z')).toBe(1517476865180);
    expect(parseIso8601('2018-02-01T02:20:35.180-07:00:30')).toBe(1517476865180); // + 7:00:30 = 09:21:05.180Z
    expect(parseIso8601('  2018-02-01T09:21:05.18Z  ')).toBe(1517476865180);
  });

  it('uses the bracketed zone, or UTC, when there is no offset', () => {
    expect(parseIso8601('2018-02-01T01:21:05.180[America/Los_Angeles]')).toBe(1517476865180);
    expect(parseIso8601('2018-02-01T09:21:05.180')).toBe(1517476865180);
  });

  it('handles years beyond four digits and before the epoch', () => {
    expect(parseIso8601('1969-12-31T23:59:59.999Z')).toBe(-1);
    expect(parseIso8601('+10000-01-01T00:00:00Z')).toBe(253402300800000);
  });

  it('refuses invalid dates and times', () => {
    for (const bad of [
      '2018-02-29T00:00:00Z',
      '2018-02-01T24:00:00Z',
      '2018-02-01T10:60Z',
      '2018-02-01 10:00Z',
      '2018-02-01T10:00:00+25:00',
      '',
    ]) {
      expect(() => parseIso8601(bad)).toThrow(/could not be parsed as an ISO 8601 date-time/);
    }
  });
});

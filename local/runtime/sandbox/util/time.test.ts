import { afterEach, describe, expect, it } from 'vitest';
import { freshState, setCurrentState } from '../state.ts';
import {
  epochMilliSecondsToFormatted,
  epochMilliSecondsToISO8601,
  epochMilliSecondsToSeconds,
  nowEpochMilliSeconds,
  nowEpochSeconds,
  nowFormatted,
  nowISO8601,
  parseFormattedToEpochMilliSeconds,
  parseISO8601ToEpochMilliSeconds,
} from './time.ts';

function pinClock(ms: number): void {
  setCurrentState(freshState(ms, 'API Key Authorization'));
}

afterEach(() => setCurrentState(freshState(undefined, 'API Key Authorization')));

// AWS examples: https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time.html
// (the VTL page; the APPSYNC_JS page documents the same functions and DateTimeFormatter syntax without examples:
// https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time-js.html).
describe('util.time: AWS documented examples', () => {
  it('standalone function examples', () => {
    pinClock(1517943695749);
    expect(nowISO8601()).toBe('2018-02-06T19:01:35.749Z');
    pinClock(1517943695750);
    expect(nowEpochSeconds()).toBe(1517943695);
    expect(nowEpochMilliSeconds()).toBe(1517943695750);
    expect(nowFormatted('yyyy-MM-dd HH:mm:ssZ')).toBe('2018-02-06 19:01:35+0000');
    expect(nowFormatted('yyyy-MM-dd HH:mm:ssZ', '+08:00')).toBe('2018-02-07 03:01:35+0800');
    expect(nowFormatted('yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth')).toBe('2018-02-07 03:01:35+0800');
  });

  it('conversion examples', () => {
    const nowEpochMillis = 1517943695758;
    expect(epochMilliSecondsToSeconds(nowEpochMillis)).toBe(1517943695);
    expect(epochMilliSecondsToISO8601(nowEpochMillis)).toBe('2018-02-06T19:01:35.758Z');
    expect(epochMilliSecondsToFormatted(nowEpochMillis, 'yyyy-MM-dd HH:mm:ssZ')).toBe('2018-02-06 19:01:35+0000');
    expect(epochMilliSecondsToFormatted(nowEpochMillis, 'yyyy-MM-dd HH:mm:ssZ', '+08:00')).toBe(
      '2018-02-07 03:01:35+0800',
    );
  });

  it('parsing examples', () => {
    expect(parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180+08:00')).toBe(1517476865180);
    expect(parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22+0800', 'yyyy-MM-dd HH:mm:ssZ')).toBe(1517505562000);
    expect(parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', '+08:00')).toBe(
      1517505562000,
    );
  });

  it('formats compatible with AWSDate / AWSDateTime (optional offset sections, zone -07:00:30)', () => {
    pinClock(1531347285000); // 2018-07-11T22:14:45Z = 15:14:15 at -07:00:30
    expect(nowFormatted('yyyy-MM-dd[XXX]', '-07:00:30')).toBe('2018-07-11-07:00');
    expect(nowFormatted("yyyy-MM-dd'T'HH:mm:ss[XXXXX]", '-07:00:30')).toBe('2018-07-11T15:14:15-07:00:30');
  });
});

describe('util.time: clock', () => {
  it('reads the pinned clock through nowMs()', () => {
    pinClock(0);
    expect(nowISO8601()).toBe('1970-01-01T00:00:00.000Z');
    expect(nowEpochSeconds()).toBe(0);
    pinClock(1999);
    expect(nowEpochSeconds()).toBe(1);
    expect(nowFormatted('HH:mm:ss.SSS', 'Asia/Kolkata')).toBe('05:30:01.999');
  });

  it('reads the real clock when nothing is pinned', () => {
    setCurrentState(freshState(undefined, 'API Key Authorization'));
    const before = Date.now();
    const now = nowEpochMilliSeconds();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now - before).toBeLessThan(5000);
  });
});

describe('util.time: conversions', () => {
  it('ISO output always has three fraction digits and Z', () => {
    expect(epochMilliSecondsToISO8601(1517943695000)).toBe('2018-02-06T19:01:35.000Z');
    expect(epochMilliSecondsToISO8601(-1)).toBe('1969-12-31T23:59:59.999Z');
  });

  it('seconds are floored like Instant.getEpochSecond', () => {
    expect(epochMilliSecondsToSeconds(1999)).toBe(1);
    expect(epochMilliSecondsToSeconds(-1)).toBe(-1);
  });

  it('formats in IANA zones with DST', () => {
    expect(epochMilliSecondsToFormatted(1517943695758, 'yyyy-MM-dd HH:mm:ss z', 'America/Los_Angeles')).toBe(
      '2018-02-06 11:01:35 PST',
    );
    expect(epochMilliSecondsToFormatted(1531322055000, 'yyyy-MM-dd HH:mm:ss z', 'America/Los_Angeles')).toBe(
      '2018-07-11 08:14:15 PDT',
    );
    expect(epochMilliSecondsToFormatted(1531322055000, "EEEE, d MMMM yyyy 'um' HH:mm XXX", 'Europe/Berlin')).toBe(
      'Wednesday, 11 July 2018 um 17:14 +02:00',
    );
  });

  it('null in, null out; invalid zone or pattern throws', () => {
    expect(epochMilliSecondsToISO8601(null as unknown as number)).toBeNull();
    expect(epochMilliSecondsToSeconds(undefined as unknown as number)).toBeNull();
    expect(epochMilliSecondsToFormatted(null as unknown as number, 'yyyy')).toBeNull();
    expect(nowFormatted(null as unknown as string)).toBeNull();
    expect(() => nowFormatted('yyyy', 'Nowhere/Special')).toThrow(/Invalid time zone/);
    expect(() => nowFormatted('yyyy-bb')).toThrow(/Unknown pattern letter/);
    expect(() => epochMilliSecondsToISO8601(Number.NaN)).toThrow(/Invalid epoch milliseconds/);
  });
});

describe('util.time: parsing', () => {
  it('parses ISO 8601 with Z, offsets, optional seconds/fraction and a bracketed zone', () => {
    expect(parseISO8601ToEpochMilliSeconds('2018-02-01T09:21:05.180Z')).toBe(1517476865180);
    expect(parseISO8601ToEpochMilliSeconds('2018-02-01T09:21:05Z')).toBe(1517476865000);
    expect(parseISO8601ToEpochMilliSeconds('2018-02-01T09:21Z')).toBe(1517476860000);
    expect(parseISO8601ToEpochMilliSeconds('2018-02-01T09:21:05.123456789Z')).toBe(1517476865123);
    expect(parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180+08:00[Asia/Shanghai]')).toBe(1517476865180);
    expect(parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180[Asia/Shanghai]')).toBe(1517476865180);
    expect(parseISO8601ToEpochMilliSeconds('2018-02-01T09:21:05.180')).toBe(1517476865180); // no offset: UTC
  });

  it('refuses text that is not an ISO date-time', () => {
    expect(() => parseISO8601ToEpochMilliSeconds('2018-02-30T00:00:00Z')).toThrow(/ISO 8601/);
    expect(() => parseISO8601ToEpochMilliSeconds('2018-02-01')).toThrow(/ISO 8601/);
    expect(() => parseISO8601ToEpochMilliSeconds('yesterday')).toThrow(/ISO 8601/);
    expect(parseISO8601ToEpochMilliSeconds(null as unknown as string)).toBeNull();
  });

  it('parses formatted text in the timezone argument, defaulting to UTC', () => {
    expect(parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss')).toBe(1517534362000);
    expect(
      parseFormattedToEpochMilliSeconds('Feb 2, 2018 1:19:22 AM', 'MMM d, yyyy h:mm:ss a', 'Australia/Perth'),
    ).toBe(1517505562000);
    expect(parseFormattedToEpochMilliSeconds(null as unknown as string, 'yyyy')).toBeNull();
    expect(() => parseFormattedToEpochMilliSeconds('2018', 'yyyy-MM')).toThrow(/could not be parsed/);
  });

  it('round-trips format and parse', () => {
    const pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
    for (const zone of ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', '-07:00:30']) {
      const text = epochMilliSecondsToFormatted(1531322055123, pattern, zone)!;
      // XXX drops the seconds of -07:00:30, so that one comes back 30 s early
      expect(parseFormattedToEpochMilliSeconds(text, pattern)).toBe(
        zone === '-07:00:30' ? 1531322055123 - 30_000 : 1531322055123,
      );
    }
  });
});

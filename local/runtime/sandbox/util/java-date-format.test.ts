import { describe, expect, it } from 'vitest';
import { fieldsAt } from './calendar.ts';
import { formatJavaPattern } from './java-date-format.ts';
import { offsetSecondsAt, resolveZone } from './time-zone.ts';

const T = 1517943695750; // 2018-02-06T19:01:35.750Z, a Tuesday

function fmt(epochMs: number, pattern: string, zoneId = 'UTC'): string {
  const zone = resolveZone(zoneId);
  return formatJavaPattern(pattern, fieldsAt(epochMs, offsetSecondsAt(zone, epochMs)), zone);
}

describe('formatJavaPattern: date fields', () => {
  it('era, years and quarters', () => {
    expect(fmt(T, 'G GGGG GGGGG')).toBe('AD Anno Domini A');
    expect(fmt(T, 'u uu uuuu y yy yyy yyyy')).toBe('2018 18 2018 2018 18 2018 2018');
    expect(fmt(T, 'Q QQ QQQ QQQQ QQQQQ q')).toBe('1 01 Q1 1st quarter 1 1');
  });

  it('months and days in Locale.US text', () => {
    expect(fmt(T, 'M MM MMM MMMM MMMMM L LLL')).toBe('2 02 Feb February F 2 Feb');
    expect(fmt(T, 'd dd D DD DDD F')).toBe('6 06 37 37 037 6');
    expect(fmt(T, 'E EE EEE EEEE EEEEE')).toBe('Tue Tue Tue Tuesday T');
    expect(fmt(T, 'e ee eee eeee c ccc cccc')).toBe('3 03 Tue Tuesday 3 Tue Tuesday'); // US weeks start on Sunday
  });

  it('US week-based year and weeks (Sunday start, minimal days 1)', () => {
    expect(fmt(T, 'Y YY w ww W')).toBe('2018 18 6 06 2');
    expect(fmt(1546171200000, 'YYYY-ww yyyy')).toBe('2019-01 2018'); // Sunday 2018-12-30
    expect(fmt(1546084800000, 'YYYY-ww yyyy')).toBe('2018-52 2018'); // Saturday 2018-12-29
  });

  it('years outside 1..9999', () => {
    expect(fmt(253402300800000, 'yyyy-MM-dd')).toBe('+10000-01-01');
    expect(fmt(-62167219200000, 'uuuu yyyy G')).toBe('0000 0001 BC');
    expect(fmt(-62167219200001, 'uuuu-MM-dd yyyy G')).toBe('-0001-12-31 0002 BC');
    expect(fmt(-62135596800000, 'uuuu-MM-dd G')).toBe('0001-01-01 AD');
  });
});

describe('formatJavaPattern: time fields', () => {
  it('hours in every style', () => {
    expect(fmt(T, 'a h hh K KK k kk H HH')).toBe('PM 7 07 7 07 19 19 19 19');
    expect(fmt(1517877000000, 'a h K k H')).toBe('AM 12 0 24 0'); // 00:30
    expect(fmt(1517920200000, 'a h K k H')).toBe('PM 12 0 12 12'); // 12:30
  });

  it('minutes, seconds, fractions and day counters', () => {
    expect(fmt(T, 'm mm s ss S SS SSS SSSS SSSSSSSSS')).toBe('1 01 35 35 7 75 750 7500 750000000');
    expect(fmt(T, 'n A N')).toBe('750000000 68495750 68495750000000');
  });
});

describe('formatJavaPattern: zones and offsets', () => {
  it('America/Los_Angeles in winter', () => {
    expect(fmt(T, 'HH:mm VV z zzzz O OOOO', 'America/Los_Angeles')).toBe(
      '11:01 America/Los_Angeles PST Pacific Standard Time GMT-8 GMT-08:00',
    );
    expect(fmt(T, 'X XX XXX XXXX XXXXX', 'America/Los_Angeles')).toBe('-08 -0800 -08:00 -0800 -08:00');
    expect(fmt(T, 'x xx xxx xxxx xxxxx', 'America/Los_Angeles')).toBe('-08 -0800 -08:00 -0800 -08:00');
    expect(fmt(T, 'Z ZZ ZZZ ZZZZ ZZZZZ', 'America/Los_Angeles')).toBe('-0800 -0800 -0800 GMT-08:00 -08:00');
  });

  it('UTC prints Z for X and ZZZZZ, +00 forms for x and Z', () => {
    expect(fmt(T, 'X XX XXX x xx xxx Z ZZZZ ZZZZZ O VV z zzzz')).toBe(
      'Z Z Z +00 +0000 +00:00 +0000 GMT Z GMT UTC UTC Coordinated Universal Time',
    );
  });

  it('half-hour and second offsets print only the parts the letter count allows', () => {
    expect(fmt(T, 'X XX XXX O OOOO z', 'Asia/Kolkata')).toBe('+0530 +0530 +05:30 GMT+5:30 GMT+05:30 IST');
    expect(fmt(T, 'X XXX XXXX XXXXX xxxx ZZZZ O', '-07:00:30')).toBe(
      '-07 -07:00 -070030 -07:00:30 -070030 GMT-07:00:30 GMT-7:00:30',
    );
  });

  it('zone ids and names of offset zones are their ids', () => {
    expect(fmt(T, 'VV z', '+08:00')).toBe('+08:00 +08:00');
    expect(fmt(T, 'VV', 'UTC+8')).toBe('UTC+08:00');
  });

  it('Europe/Berlin switches names and offsets with DST', () => {
    expect(fmt(T, 'HH:mm z zzzz XXX', 'Europe/Berlin')).toBe('20:01 CET Central European Standard Time +01:00');
    expect(fmt(1531322055000, 'HH:mm z zzzz XXX', 'Europe/Berlin')).toBe(
      '17:14 CEST Central European Summer Time +02:00',
    );
  });

  it('Australia/Perth', () => {
    expect(fmt(T, 'yyyy-MM-dd HH:mm:ss z', 'Australia/Perth')).toBe('2018-02-07 03:01:35 AWST');
  });
});

describe('formatJavaPattern: literals, optional sections, padding', () => {
  it("quoted text and '' for a quote", () => {
    expect(fmt(T, "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")).toBe('2018-02-06T19:01:35.750Z');
    expect(fmt(T, "h 'o''clock' a")).toBe("7 o'clock PM");
    expect(fmt(T, "''HH''")).toBe("'19'");
    expect(fmt(T, 'HH.mm, dd/MM - yyyy!')).toBe('19.01, 06/02 - 2018!');
  });

  it('prints optional sections and pads with p', () => {
    expect(fmt(T, 'HH[:mm[:ss]]')).toBe('19:01:35');
    expect(fmt(T, 'ppd|pppM|pH')).toBe(' 6|  2|19');
  });

  it('rejects invalid patterns', () => {
    expect(() => fmt(T, 'yyyy bb')).toThrow(/Unknown pattern letter: b/);
    expect(() => fmt(T, 'MMMMMM')).toThrow(/Invalid pattern/);
    expect(() => fmt(T, 'HHH')).toThrow(/Invalid pattern/);
    expect(() => fmt(T, "'abc")).toThrow(/incomplete string literal/);
    expect(() => fmt(T, 'yyyy{')).toThrow(/reserved character/);
    expect(() => fmt(T, 'yyyy]')).toThrow(/without previous \[/);
    expect(() => fmt(T, 'V')).toThrow(/Invalid pattern/);
  });

  it('formats the empty pattern as empty text', () => {
    expect(fmt(T, '')).toBe('');
  });
});

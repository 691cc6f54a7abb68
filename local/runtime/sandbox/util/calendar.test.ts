import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, fieldsAt, isoDayOfWeek, monthLength } from './calendar.ts';

describe('calendar', () => {
  it('converts between civil dates and epoch days, including before 1970 and year 0', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2018, 2, 6)).toBe(17568);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(0, 1, 1)).toBe(-719528);
    expect(civilFromDays(17568)).toEqual({ year: 2018, month: 2, day: 6 });
    expect(civilFromDays(-719529)).toEqual({ year: -1, month: 12, day: 31 });
    for (const days of [-800000, -1, 0, 59, 60, 11016, 2932896]) {
      const d = civilFromDays(days);
      expect(daysFromCivil(d.year, d.month, d.day)).toBe(days);
    }
  });

  it('knows leap years and weekdays', () => {
    expect(monthLength(2000, 2)).toBe(29);
    expect(monthLength(1900, 2)).toBe(28);
    expect(monthLength(2024, 2)).toBe(29);
    expect(monthLength(2018, 4)).toBe(30);
    expect(isoDayOfWeek(0)).toBe(4); // Thursday
    expect(isoDayOfWeek(17568)).toBe(2); // Tuesday 2018-02-06
    expect(isoDayOfWeek(-1)).toBe(3);
  });

  it('splits an instant into local fields for an offset', () => {
    expect(fieldsAt(1517943695750, 8 * 3600)).toEqual({
      year: 2018,
      month: 2,
      day: 7,
      epochMs: 1517943695750,
      epochDays: 17569,
      hour: 3,
      minute: 1,
      second: 35,
      millis: 750,
      offsetSeconds: 28800,
    });
    expect(fieldsAt(-1, 0)).toMatchObject({
      year: 1969,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
      second: 59,
      millis: 999,
    });
  });
});

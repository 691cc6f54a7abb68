// English (Locale.US) texts and week rules java.time uses for text fields and localized weeks.

import { civilFromDays, daysFromCivil, isoDayOfWeek } from './calendar.ts';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const QUARTER_NAMES = ['1st quarter', '2nd quarter', '3rd quarter', '4th quarter'];
export const AM_PM = ['AM', 'PM'];
export const ERAS_SHORT = ['BC', 'AD'];
export const ERAS_LONG = ['Before Christ', 'Anno Domini'];
export const ERAS_NARROW = ['B', 'A'];

/** Text for a count of pattern letters: 3 = short, 4 = full, 5 = narrow. */
export function textStyle(full: string, count: number, shortText?: string): string {
  if (count === 4) return full;
  if (count === 5) return full.charAt(0);
  return shortText ?? full.slice(0, 3);
}

/** Locale.US day-of-week number: Sunday = 1 .. Saturday = 7. */
export function usDayOfWeek(epochDays: number): number {
  return (isoDayOfWeek(epochDays) % 7) + 1;
}

/** Start (Sunday) of week 1 of a US week-based-year: the week that contains 1 January. */
function weekOneStart(year: number): number {
  const jan1 = daysFromCivil(year, 1, 1);
  return jan1 - (usDayOfWeek(jan1) - 1);
}

/** US week-based-year and week-of-week-based-year (Sunday start, minimal days 1). */
export function usWeekOfYear(epochDays: number): { weekYear: number; week: number } {
  const saturday = epochDays + (7 - usDayOfWeek(epochDays));
  const weekYear = civilFromDays(saturday).year;
  return { weekYear, week: Math.floor((epochDays - weekOneStart(weekYear)) / 7) + 1 };
}

/** US week-of-month: the week holding the 1st is week 1. */
export function usWeekOfMonth(epochDays: number, dayOfMonth: number): number {
  const firstDow = usDayOfWeek(epochDays - dayOfMonth + 1);
  return Math.floor((dayOfMonth - 1 + firstDow - 1) / 7) + 1;
}

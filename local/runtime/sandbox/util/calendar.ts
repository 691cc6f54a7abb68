// Proleptic Gregorian calendar arithmetic (the ISO chronology java.time uses), done by hand so the
// sandbox does not depend on the realm's Date (resolver code may not see it).

export const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

/** Days since 1970-01-01 for a civil date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Civil date for a count of days since 1970-01-01 (civil_from_days). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function monthLength(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO day of week, Monday = 1 .. Sunday = 7 (1970-01-01 was a Thursday). */
export function isoDayOfWeek(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Every field a DateTimeFormatter pattern can print, for one instant seen in one zone. */
export interface ZonedFields extends CivilDate {
  epochMs: number;
  epochDays: number; // local date as days since epoch
  hour: number;
  minute: number;
  second: number;
  millis: number;
  offsetSeconds: number;
}

/** Split an instant into local fields for a fixed UTC offset. */
export function fieldsAt(epochMs: number, offsetSeconds: number): ZonedFields {
  const localMs = epochMs + offsetSeconds * 1000;
  const epochDays = Math.floor(localMs / MS_PER_DAY);
  const msOfDay = localMs - epochDays * MS_PER_DAY;
  return {
    ...civilFromDays(epochDays),
    epochMs,
    epochDays,
    hour: Math.floor(msOfDay / 3_600_000),
    minute: Math.floor(msOfDay / 60_000) % 60,
    second: Math.floor(msOfDay / 1000) % 60,
    millis: msOfDay % 1000,
    offsetSeconds,
  };
}

/** Local date-time (as if it were UTC) in epoch milliseconds. */
export function localToEpochMs(date: CivilDate, msOfDay: number): number {
  return daysFromCivil(date.year, date.month, date.day) * MS_PER_DAY + msOfDay;
}

// util.time: clock readings, ISO 8601 and java DateTimeFormatter conversions. Every reading of "now"
// goes through nowMs() so the host can pin the clock.

import { nowMs } from '../state.ts';
import { fieldsAt } from './calendar.ts';
import { formatJavaPattern } from './java-date-format.ts';
import { parseJavaPattern } from './java-date-parse.ts';
import { parseIso8601 } from './iso8601.ts';
import { offsetSecondsAt, resolveZone, UTC_ZONE, type Zone } from './time-zone.ts';

function zoneOrUtc(timezone: string | null | undefined): Zone {
  return timezone === undefined || timezone === null ? UTC_ZONE : resolveZone(String(timezone));
}

function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function toEpochMs(value: number | string): number {
  const ms = Number(value);
  if (!Number.isFinite(ms)) throw new Error(`Invalid epoch milliseconds: ${String(value)}`);
  return Math.trunc(ms);
}

/** `2018-02-06T19:01:35.749Z`: UTC, always three fraction digits. */
export function epochMilliSecondsToISO8601(ms: number): string | null {
  if (isMissing(ms)) return null;
  return formatJavaPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", fieldsAt(toEpochMs(ms), 0), UTC_ZONE);
}

export function epochMilliSecondsToFormatted(ms: number, format: string, timezone?: string): string | null {
  if (isMissing(ms) || isMissing(format)) return null;
  const zone = zoneOrUtc(timezone);
  const epochMs = toEpochMs(ms);
  return formatJavaPattern(String(format), fieldsAt(epochMs, offsetSecondsAt(zone, epochMs)), zone);
}

/** Whole seconds since the epoch, floored like Instant.getEpochSecond(). */
export function epochMilliSecondsToSeconds(ms: number): number | null {
  if (isMissing(ms)) return null;
  return Math.floor(toEpochMs(ms) / 1000);
}

export function nowEpochMilliSeconds(): number {
  return nowMs();
}

export function nowEpochSeconds(): number {
  return Math.floor(nowMs() / 1000);
}

export function nowISO8601(): string {
  return epochMilliSecondsToISO8601(nowMs())!;
}

export function nowFormatted(format: string, timezone?: string): string | null {
  return epochMilliSecondsToFormatted(nowMs(), format, timezone);
}

/** Zone-less input is read in `timezone` (default UTC); an offset or zone in the text wins. */
export function parseFormattedToEpochMilliSeconds(time: string, format: string, timezone?: string): number | null {
  if (isMissing(time) || isMissing(format)) return null;
  return parseJavaPattern(String(time), String(format), zoneOrUtc(timezone));
}

export function parseISO8601ToEpochMilliSeconds(time: string): number | null {
  if (isMissing(time)) return null;
  return parseIso8601(String(time));
}

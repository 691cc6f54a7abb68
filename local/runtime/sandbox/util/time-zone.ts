// Time zones as java.time.ZoneId understands them: fixed offsets (`+08:00`, `Z`), the `UTC`/`GMT`/`UT`
// prefixes, and IANA region ids. Intl.DateTimeFormat is used only to read offsets and zone names.

import { localToEpochMs } from './calendar.ts';

const NativeDateTimeFormat = Intl.DateTimeFormat;

export interface Zone {
  /** Normalised id as ZoneId.getId() would print it (`+08:00`, `Z`, `UTC`, `Europe/Berlin`). */
  id: string;
  /** Offset in seconds when the zone never changes; null for IANA regions. */
  fixedOffset: number | null;
  /** True for ZoneOffset ids (`+08:00`, `Z`): java prints their id wherever a zone name is asked for. */
  isOffset: boolean;
}

const UTC_PREFIXES = ['UTC', 'GMT', 'UT'];
const zoneCache = new Map<string, Zone>();
const formatterCache = new Map<string, Intl.DateTimeFormat>();

export const UTC_ZONE: Zone = { id: 'UTC', fixedOffset: 0, isOffset: false };

/** Parse a ZoneOffset id (`Z`, `+h`, `+hh`, `+hh:mm`, `+hhmm`, `+hh:mm:ss`, `+hhmmss`) to seconds. */
export function parseOffsetId(text: string): number | null {
  if (text === 'Z') return 0;
  const m =
    /^([+-])(\d{1,2})$/.exec(text) ??
    /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text) ??
    /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(text);
  if (!m) return null;
  const h = Number(m[2]);
  const mi = Number(m[3] ?? 0);
  const s = Number(m[4] ?? 0);
  if (h > 18 || mi > 59 || s > 59 || (h === 18 && (mi > 0 || s > 0))) return null;
  const total = h * 3600 + mi * 60 + s;
  return m[1] === '-' ? -total : total;
}

/** `+08:00`, `-07:00:30`, or `Z` for zero, like ZoneOffset.getId(). */
export function offsetId(totalSeconds: number): string {
  if (totalSeconds === 0) return 'Z';
  const abs = Math.abs(totalSeconds);
  const two = (n: number): string => (n < 10 ? '0' : '') + n;
  const secs = abs % 60;
  const base = `${totalSeconds < 0 ? '-' : '+'}${two(Math.floor(abs / 3600))}:${two(Math.floor(abs / 60) % 60)}`;
  return secs === 0 ? base : `${base}:${two(secs)}`;
}

function regionFormatter(ianaId: string): Intl.DateTimeFormat | null {
  const cached = formatterCache.get(ianaId);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new NativeDateTimeFormat('en-US', {
      timeZone: ianaId,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  formatterCache.set(ianaId, formatter);
  return formatter;
}

function resolveUncached(id: string): Zone | null {
  if (id === 'Z' || id.startsWith('+') || id.startsWith('-')) {
    const offset = parseOffsetId(id);
    return offset === null ? null : { id: offsetId(offset), fixedOffset: offset, isOffset: true };
  }
  for (const prefix of UTC_PREFIXES) {
    if (id === prefix) return { id, fixedOffset: 0, isOffset: false };
    if (id.startsWith(prefix) && (id[prefix.length] === '+' || id[prefix.length] === '-')) {
      const offset = parseOffsetId(id.slice(prefix.length));
      if (offset === null) return null;
      return { id: offset === 0 ? prefix : prefix + offsetId(offset), fixedOffset: offset, isOffset: false };
    }
  }
  if (!/^[A-Za-z][A-Za-z0-9~/._+-]+$/.test(id) || regionFormatter(id) === null) return null;
  return { id, fixedOffset: null, isOffset: false };
}

/** Resolve a zone id like ZoneId.of; throws on an unknown id. */
export function resolveZone(id: string): Zone {
  const cached = zoneCache.get(id);
  if (cached) return cached;
  const zone = resolveUncached(id);
  if (!zone) throw new Error(`Invalid time zone: ${id}`);
  if (zoneCache.size > 200) zoneCache.clear();
  zoneCache.set(id, zone);
  return zone;
}

function partValue(parts: Intl.DateTimeFormatPart[], type: string): string {
  return parts.find((p) => p.type === type)?.value ?? '0';
}

/** UTC offset in seconds of `zone` at the given instant. */
export function offsetSecondsAt(zone: Zone, epochMs: number): number {
  if (zone.fixedOffset !== null) return zone.fixedOffset;
  const parts = regionFormatter(zone.id)!.formatToParts(epochMs);
  const year = Number(partValue(parts, 'year'));
  const date = {
    year: partValue(parts, 'era') === 'BC' ? 1 - year : year,
    month: Number(partValue(parts, 'month')),
    day: Number(partValue(parts, 'day')),
  };
  const h = Number(partValue(parts, 'hour'));
  const msOfDay = ((h * 60 + Number(partValue(parts, 'minute'))) * 60 + Number(partValue(parts, 'second'))) * 1000;
  const wholeSecondMs = Math.floor(epochMs / 1000) * 1000; // Intl drops the milliseconds
  return Math.round((localToEpochMs(date, msOfDay) - wholeSecondMs) / 1000);
}

/**
 * Instant for a local date-time (given as epoch ms of the same wall clock in UTC), resolved like
 * ZonedDateTime.ofLocal: in an overlap the earlier offset wins, in a gap the time moves forward.
 */
export function localToInstant(zone: Zone, localMs: number): number {
  if (zone.fixedOffset !== null) return localMs - zone.fixedOffset * 1000;
  const before = offsetSecondsAt(zone, localMs - 86_400_000);
  const after = offsetSecondsAt(zone, localMs + 86_400_000);
  for (const candidate of [before, after]) {
    const instant = localMs - candidate * 1000;
    if (offsetSecondsAt(zone, instant) === candidate) return instant;
  }
  return localMs - before * 1000; // gap: keep the pre-transition offset, i.e. shift forward
}

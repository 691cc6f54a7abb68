// ISO 8601 date-time parsing in the shape java's ISO_DATE_TIME accepts:
// `2018-02-01T17:21:05.180+08:00`, `...Z`, `...+08:00[Asia/Singapore]`, seconds and fraction optional.

import { daysFromCivil, monthLength, MS_PER_DAY } from './calendar.ts';
import { localToInstant, parseOffsetId, resolveZone, UTC_ZONE } from './time-zone.ts';

// Built from its parts (date, time, offset, zone) so each stays readable; the groups are numbered in this order.
const DATE = String.raw`([+-]?\d{4,9})-(\d{2})-(\d{2})`;
const TIME = String.raw`(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?`;
const OFFSET = String.raw`([Zz]|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?`;
const ZONE = String.raw`(?:\[([^\]]+)\])?`;
const ISO_DATE_TIME = new RegExp(`^${DATE}[Tt]${TIME}${OFFSET}${ZONE}$`);

function invalid(text: string): never {
  throw new Error(`Text '${text}' could not be parsed as an ISO 8601 date-time`);
}

/**
 * Epoch milliseconds for an ISO 8601 date-time. Without an offset the zone in brackets is used,
 * else UTC (java would refuse such text; AppSync's exact behaviour there is unverified).
 */
export function parseIso8601(text: string): number {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return invalid(text);
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(m[6] ?? 0);
  const fraction = (m[7] ?? '').padEnd(3, '0').slice(0, 3); // milliseconds, truncating finer digits
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= monthLength(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  if (!valid) return invalid(text);
  const local =
    daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + Number(fraction);
  if (m[8] !== undefined) {
    const offset = parseOffsetId(m[8].toUpperCase());
    return offset === null ? invalid(text) : local - offset * 1000;
  }
  return localToInstant(m[9] !== undefined ? resolveZone(m[9]) : UTC_ZONE, local);
}

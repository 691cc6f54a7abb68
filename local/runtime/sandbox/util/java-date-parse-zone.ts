// Parsers for the zone and offset pattern letters (X x Z O V z) used by java-date-parse.ts.

import { parseOffsetId, resolveZone, type Zone } from './time-zone.ts';

export interface Cursor {
  text: string;
  pos: number;
}

/** Common abbreviations java resolves when parsing `z` (its zone-name table, trimmed to the usual ones). */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  UTC: 'UTC',
  GMT: 'GMT',
  UT: 'UT',
  Z: 'Z',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  AKST: 'America/Anchorage',
  AKDT: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  BST: 'Europe/London',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  IST: 'Asia/Kolkata',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  AWST: 'Australia/Perth',
  ACST: 'Australia/Adelaide',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  NZST: 'Pacific/Auckland',
};

function digits(c: Cursor, count: number): number | null {
  const chunk = c.text.slice(c.pos, c.pos + count);
  if (chunk.length !== count || !/^\d+$/.test(chunk)) return null;
  c.pos += count;
  return Number(chunk);
}

/** One `[:]NN` part of an offset; returns null (cursor untouched) when absent. */
function offsetPart(c: Cursor, colon: boolean): number | null {
  const start = c.pos;
  if (colon) {
    if (c.text[c.pos] !== ':') return null;
    c.pos += 1;
  }
  const value = digits(c, 2);
  if (value === null) c.pos = start;
  return value;
}

/** Parse an offset in OffsetIdPrinterParser style `type` (see formatOffset); returns seconds. */
export function parseOffset(c: Cursor, type: number, zeroText: string): number | null {
  if (c.text.startsWith(zeroText, c.pos)) {
    c.pos += zeroText.length;
    return 0;
  }
  const sign = c.text[c.pos];
  if (sign !== '+' && sign !== '-') return null;
  const start = c.pos;
  c.pos += 1;
  const hours = digits(c, 2);
  const colon = type % 2 === 0;
  const minutes = type >= 1 ? offsetPart(c, colon) : 0;
  const seconds = type >= 5 && minutes !== null ? offsetPart(c, colon) : 0;
  const missing = hours === null || (minutes === null && type >= 3) || (seconds === null && type >= 7);
  if (missing || hours > 18) {
    c.pos = start;
    return null;
  }
  const total = hours * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0);
  return sign === '-' ? -total : total;
}

/** `GMT`, `GMT+8`, `GMT+08:00`, `GMT-7:00:30`. */
export function parseLocalizedOffset(c: Cursor): number | null {
  if (!c.text.startsWith('GMT', c.pos)) return null;
  c.pos += 3;
  const m = /^([+-])(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?/.exec(c.text.slice(c.pos));
  if (!m) return 0;
  c.pos += m[0].length;
  const total = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -total : total;
}

/** Longest zone id at the cursor that ZoneId.of accepts (`VV`). */
export function parseZoneId(c: Cursor): Zone | null {
  const m = /^[A-Za-z0-9~/._+:-]+/.exec(c.text.slice(c.pos));
  if (!m) return null;
  for (let end = m[0].length; end > 0; end -= 1) {
    const candidate = m[0].slice(0, end);
    if (
      !/^[A-Za-z+-]/.test(candidate) ||
      (candidate !== 'Z' && /^[+-]/.test(candidate) && parseOffsetId(candidate) === null)
    )
      continue;
    try {
      const zone = resolveZone(candidate);
      c.pos += end;
      return zone;
    } catch {
      // keep shortening
    }
  }
  return null;
}

/** Zone name (`z`): a known abbreviation, else a zone id. */
export function parseZoneName(c: Cursor): Zone | null {
  const m = /^[A-Z]{1,5}/.exec(c.text.slice(c.pos));
  const id = m ? ZONE_ABBREVIATIONS[m[0]] : undefined;
  if (m && id) {
    c.pos += m[0].length;
    return resolveZone(id);
  }
  return parseZoneId(c);
}

// Display names for zones (pattern letters `z` and `zzzz`), read from Intl. java.time prints
// abbreviations such as `PST`, `CET`, `AWST`; Intl has them only in some English locales, so try a few.

import { offsetId, offsetSecondsAt, type Zone } from './time-zone.ts';

const NativeDateTimeFormat = Intl.DateTimeFormat;
const SHORT_NAME_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ', 'en-CA', 'en-ZA', 'en-IE'];
const FIXED_NAMES: Record<string, [string, string]> = {
  UTC: ['UTC', 'Coordinated Universal Time'],
  GMT: ['GMT', 'Greenwich Mean Time'],
  UT: ['UT', 'Coordinated Universal Time'],
};
/** Abbreviations java prints that no English Intl locale has (zones without DST, so one name each). */
const JAVA_ABBREVIATIONS: Record<string, string> = {
  'Asia/Tokyo': 'JST',
  'Asia/Seoul': 'KST',
  'Asia/Shanghai': 'CST',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Singapore': 'SGT',
  'Asia/Dubai': 'GST',
  'Asia/Jakarta': 'WIB',
};
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneNameIn(locale: string, zoneId: string, style: 'short' | 'long', epochMs: number): string {
  const key = `${locale}|${zoneId}|${style}`;
  let formatter = nameFormatters.get(key);
  if (!formatter) {
    formatter = new NativeDateTimeFormat(locale, { timeZone: zoneId, timeZoneName: style });
    nameFormatters.set(key, formatter);
  }
  return formatter.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? zoneId;
}

/** `GMT+08:00` style (java's localized offset) for zones Intl has no abbreviation for. */
function gmtStyle(zone: Zone, epochMs: number): string {
  const offset = offsetSecondsAt(zone, epochMs);
  return offset === 0 ? 'GMT' : `GMT${offsetId(offset)}`;
}

export function zoneShortName(zone: Zone, epochMs: number): string {
  if (zone.isOffset || zone.fixedOffset !== null) return FIXED_NAMES[zone.id]?.[0] ?? zone.id;
  const known = JAVA_ABBREVIATIONS[zone.id];
  if (known) return known;
  for (const locale of SHORT_NAME_LOCALES) {
    const name = zoneNameIn(locale, zone.id, 'short', epochMs);
    if (!/^GMT[+-]/.test(name)) return name;
  }
  return gmtStyle(zone, epochMs);
}

export function zoneLongName(zone: Zone, epochMs: number): string {
  if (zone.isOffset || zone.fixedOffset !== null) return FIXED_NAMES[zone.id]?.[1] ?? zone.id;
  const name = zoneNameIn('en-US', zone.id, 'long', epochMs);
  return /^GMT[+-]/.test(name) ? gmtStyle(zone, epochMs) : name;
}

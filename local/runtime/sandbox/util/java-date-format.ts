// Formats an instant with a java.time DateTimeFormatter pattern (Locale.US, ISO chronology).

import { daysFromCivil, isoDayOfWeek, type ZonedFields } from './calendar.ts';
import { tokenizePattern, type PatternToken } from './java-date-pattern.ts';
import {
  AM_PM,
  ERAS_LONG,
  ERAS_NARROW,
  ERAS_SHORT,
  MONTHS,
  QUARTER_NAMES,
  WEEKDAYS,
  textStyle,
  usDayOfWeek,
  usWeekOfMonth,
  usWeekOfYear,
} from './java-date-text.ts';
import type { Zone } from './time-zone.ts';
import { zoneLongName, zoneShortName } from './zone-names.ts';

interface FormatContext {
  f: ZonedFields;
  zone: Zone;
}

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value));
  const padded = digits.length >= width ? digits : '0'.repeat(width - digits.length) + digits;
  return value < 0 ? `-${padded}` : padded;
}

/** appendValue(field) for one letter, appendValue(field, 2) for two (the common numeric rule). */
function plain(value: number, count: number): string {
  return count === 1 ? String(value) : pad(value, count);
}

/** Year rules: yy is reduced to two digits, yyyy+ shows `+` when the year exceeds the width. */
function year(value: number, count: number): string {
  if (count === 2) return pad(((value % 100) + 100) % 100, 2);
  const text = pad(value, count);
  const exceeds = count >= 4 && value > 0 && String(value).length > count;
  return exceeds ? `+${text}` : text;
}

const OFFSET_STYLES: Record<string, [number, string]> = {
  X1: [1, 'Z'],
  X2: [3, 'Z'],
  X3: [4, 'Z'],
  X4: [5, 'Z'],
  X5: [6, 'Z'],
  x1: [1, '+00'],
  x2: [3, '+0000'],
  x3: [4, '+00:00'],
  x4: [5, '+0000'],
  x5: [6, '+00:00'],
  Z1: [3, '+0000'],
  Z2: [3, '+0000'],
  Z3: [3, '+0000'],
  Z5: [6, 'Z'],
};

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * OffsetIdPrinterParser types: 0 +HH, 1 +HHmm, 2 +HH:mm, 3 +HHMM, 4 +HH:MM, 5 +HHMMss, 6 +HH:MM:ss
 * (lower-case parts are printed only when non-zero, judged like java: minutes alone decide whether
 * the minutes appear). Even types use colons. When every printed part is zero, `zeroText` is used.
 */
export function formatOffset(total: number, type: number, zeroText: string): string {
  const abs = Math.abs(total);
  const [h, m, s] = [Math.floor(abs / 3600), Math.floor(abs / 60) % 60, abs % 60];
  const colon = type % 2 === 0 ? ':' : '';
  let text = (total < 0 ? '-' : '+') + two(h);
  let printed = h;
  if (type >= 3 || (type >= 1 && m > 0)) {
    text += colon + two(m);
    printed += m;
    if (type >= 7 || (type >= 5 && s > 0)) {
      text += colon + two(s);
      printed += s;
    }
  }
  return printed === 0 ? zeroText : text;
}

/** Localized offset: `GMT+8` / `GMT+5:30` (short) or `GMT+08:00` (full); `GMT` for zero. */
export function formatLocalizedOffset(total: number, full: boolean): string {
  if (total === 0) return 'GMT';
  const abs = Math.abs(total);
  const [h, m, s] = [Math.floor(abs / 3600), Math.floor(abs / 60) % 60, abs % 60];
  let text = `GMT${total < 0 ? '-' : '+'}${full ? two(h) : h}`;
  if (full || m > 0 || s > 0) text += `:${two(m)}`;
  if (s > 0) text += `:${two(s)}`;
  return text;
}

function zoneField(letter: string, count: number, ctx: FormatContext): string {
  const offset = ctx.f.offsetSeconds;
  if (letter === 'V') return ctx.zone.id;
  if (letter === 'z')
    return count === 4 ? zoneLongName(ctx.zone, ctx.f.epochMs) : zoneShortName(ctx.zone, ctx.f.epochMs);
  if (letter === 'O') return formatLocalizedOffset(offset, count === 4);
  if (letter === 'Z' && count === 4) return formatLocalizedOffset(offset, true);
  const [type, zeroText] = OFFSET_STYLES[letter + count]!;
  return formatOffset(offset, type, zeroText);
}

function dateField(letter: string, count: number, f: ZonedFields): string | undefined {
  const quarter = Math.floor((f.month - 1) / 3) + 1;
  switch (letter) {
    case 'G':
      return (count === 4 ? ERAS_LONG : count === 5 ? ERAS_NARROW : ERAS_SHORT)[f.year > 0 ? 1 : 0];
    case 'u':
      return year(f.year, count);
    case 'y':
      return year(f.year > 0 ? f.year : 1 - f.year, count);
    case 'Y':
      return year(usWeekOfYear(f.epochDays).weekYear, count);
    case 'Q':
    case 'q':
      return count <= 2
        ? plain(quarter, count)
        : count === 3
          ? `Q${quarter}`
          : count === 4
            ? QUARTER_NAMES[quarter - 1]!
            : String(quarter);
    case 'M':
    case 'L':
      return count <= 2 ? plain(f.month, count) : textStyle(MONTHS[f.month - 1]!, count);
    case 'w':
      return plain(usWeekOfYear(f.epochDays).week, count);
    case 'W':
      return String(usWeekOfMonth(f.epochDays, f.day));
    case 'd':
      return plain(f.day, count);
    case 'D':
      return plain(f.epochDays - daysFromCivil(f.year, 1, 1) + 1, count);
    case 'F':
      return String(((f.day - 1) % 7) + 1); // JDK 8-17 map F to ALIGNED_DAY_OF_WEEK_IN_MONTH
    case 'E':
      return textStyle(WEEKDAYS[isoDayOfWeek(f.epochDays) - 1]!, count);
    case 'e':
    case 'c':
      return count <= 2
        ? plain(usDayOfWeek(f.epochDays), count)
        : textStyle(WEEKDAYS[isoDayOfWeek(f.epochDays) - 1]!, count);
    default:
      return undefined;
  }
}

function timeField(letter: string, count: number, f: ZonedFields): string | undefined {
  const nanos = f.millis * 1_000_000;
  switch (letter) {
    case 'a':
      return AM_PM[f.hour < 12 ? 0 : 1];
    case 'h':
      return plain(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'K':
      return plain(f.hour % 12, count);
    case 'k':
      return plain(f.hour === 0 ? 24 : f.hour, count);
    case 'H':
      return plain(f.hour, count);
    case 'm':
      return plain(f.minute, count);
    case 's':
      return plain(f.second, count);
    case 'S':
      return pad(nanos, 9).slice(0, count);
    case 'n':
      return plain(nanos, count);
    case 'A':
      return plain(((f.hour * 60 + f.minute) * 60 + f.second) * 1000 + f.millis, count);
    case 'N':
      return plain((((f.hour * 60 + f.minute) * 60 + f.second) * 1000 + f.millis) * 1_000_000, count);
    default:
      return undefined;
  }
}

function formatField(token: { letter: string; count: number; padWidth: number }, ctx: FormatContext): string {
  const { letter, count } = token;
  const text = dateField(letter, count, ctx.f) ?? timeField(letter, count, ctx.f) ?? zoneField(letter, count, ctx);
  return text.length < token.padWidth ? ' '.repeat(token.padWidth - text.length) + text : text;
}

function formatTokens(tokens: PatternToken[], ctx: FormatContext): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'literal') out += token.text;
    else if (token.kind === 'optional') out += formatTokens(token.tokens, ctx);
    else out += formatField(token, ctx);
  }
  return out;
}

/** Format zoned fields with a java DateTimeFormatter pattern. Throws on an invalid pattern. */
export function formatJavaPattern(pattern: string, fields: ZonedFields, zone: Zone): string {
  return formatTokens(tokenizePattern(pattern), { f: fields, zone });
}

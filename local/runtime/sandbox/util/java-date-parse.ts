// Parses text with a java.time DateTimeFormatter pattern (Locale.US, SMART resolver) to epoch ms.

import { daysFromCivil, monthLength, MS_PER_DAY } from './calendar.ts';
import { parseLocalizedOffset, parseOffset, parseZoneId, parseZoneName, type Cursor } from './java-date-parse-zone.ts';
import { tokenizePattern, type PatternToken } from './java-date-pattern.ts';
import { AM_PM, ERAS_LONG, ERAS_SHORT, MONTHS, QUARTER_NAMES, WEEKDAYS } from './java-date-text.ts';
import { localToInstant, type Zone } from './time-zone.ts';

type FieldToken = Extract<PatternToken, { kind: 'field' }>;
type Parsed = Record<string, number>;
interface State extends Cursor {
  values: Parsed;
  zone: Zone | null;
}

const OFFSET_TYPES: Record<string, [number, string]> = {
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
const TEXT_LETTERS = 'GMLQqEecaz';

/** [min, max] digits a numeric field token consumes when parsing. */
function widths(t: FieldToken): [number, number] {
  const { letter, count } = t;
  if (letter === 'S') return [count, count];
  if ('yuY'.includes(letter)) return count === 2 ? [2, 2] : [count, 19];
  if (letter === 'D') return count === 1 ? [1, 19] : count === 2 ? [2, 3] : [3, 3];
  return count === 1 ? [1, 19] : [count, count];
}

function isNumeric(t: PatternToken): boolean {
  if (t.kind !== 'field') return false;
  if (t.letter === 'V' || 'XxZOz'.includes(t.letter)) return false;
  return !(TEXT_LETTERS.includes(t.letter) && (t.count >= 3 || 'GEaz'.includes(t.letter)));
}

/** Digits the fixed-width numeric fields right after `index` need (adjacent value parsing, e.g. yyyyMMdd). */
function reservedAfter(tokens: PatternToken[], index: number): number {
  let total = 0;
  for (const t of tokens.slice(index + 1)) {
    if (!isNumeric(t)) break;
    const [min, max] = widths(t as FieldToken);
    if (min !== max) break;
    total += min;
  }
  return total;
}

function fail(s: State): never {
  throw new Error(`Text '${s.text}' could not be parsed at index ${s.pos}`);
}

function parseNumber(s: State, t: FieldToken, reserved: number): number {
  const [min, max] = widths(t);
  const next = s.text[s.pos] ?? '';
  const sign = t.letter !== 'S' && (min !== max || t.count === 1) && (next === '-' || next === '+') ? next : '';
  const start = s.pos + sign.length;
  let end = start;
  while (end < s.text.length && end - start < max && s.text[end]! >= '0' && s.text[end]! <= '9') end += 1;
  end = Math.max(start + min, Math.min(end, end - reserved));
  const chunk = s.text.slice(start, end);
  if (chunk.length < min || !/^\d+$/.test(chunk)) fail(s);
  s.pos = end;
  const value = Number(chunk);
  if (t.letter === 'S') return Math.floor(value * 10 ** (9 - chunk.length)); // fraction → nanos
  return sign === '-' ? -value : value;
}

/** Index of the longest candidate found (case-insensitively) at the cursor. */
function matchText(s: State, candidates: string[]): number {
  const ahead = s.text.slice(s.pos).toLowerCase();
  let best = -1;
  candidates.forEach((candidate, i) => {
    const longer = best < 0 || candidate.length > candidates[best]!.length;
    if (candidate !== '' && longer && ahead.startsWith(candidate.toLowerCase())) best = i;
  });
  if (best < 0) fail(s);
  s.pos += candidates[best]!.length;
  return best;
}

function styled(full: string[], count: number): string[] {
  return full.map((x) => (count === 4 ? x : count === 5 ? x.charAt(0) : x.slice(0, 3)));
}

function parseText(s: State, t: FieldToken): void {
  const { letter, count } = t;
  if (letter === 'G') s.values['era'] = matchText(s, count === 4 ? ERAS_LONG : count === 5 ? ['B', 'A'] : ERAS_SHORT);
  else if (letter === 'M' || letter === 'L') s.values['M'] = matchText(s, styled(MONTHS, count)) + 1;
  else if (letter === 'Q' || letter === 'q')
    s.values['Q'] = matchText(s, count === 3 ? ['Q1', 'Q2', 'Q3', 'Q4'] : QUARTER_NAMES) + 1;
  else if (letter === 'a') s.values['a'] = matchText(s, AM_PM);
  else s.values['E'] = matchText(s, styled(WEEKDAYS, count)) + 1; // E, e, c as text
}

function parseZone(s: State, t: FieldToken): void {
  const { letter, count } = t;
  let offset: number | null = null;
  if (letter === 'V' || letter === 'z') {
    s.zone = (letter === 'V' ? parseZoneId(s) : parseZoneName(s)) ?? fail(s);
    return;
  }
  if (letter === 'O' || (letter === 'Z' && count === 4)) offset = parseLocalizedOffset(s);
  else offset = parseOffset(s, OFFSET_TYPES[letter + count]![0], OFFSET_TYPES[letter + count]![1]);
  s.values['offset'] = offset ?? fail(s);
}

function parseTokens(s: State, tokens: PatternToken[]): void {
  tokens.forEach((t, index) => {
    if (t.kind === 'literal') {
      if (!s.text.startsWith(t.text, s.pos)) fail(s);
      s.pos += t.text.length;
    } else if (t.kind === 'optional') {
      const saved = { pos: s.pos, values: { ...s.values }, zone: s.zone };
      try {
        parseTokens(s, t.tokens);
      } catch {
        Object.assign(s, saved);
      }
    } else if (isNumeric(t)) {
      s.values[t.letter + (t.count === 2 && 'yuY'.includes(t.letter) ? '2' : '')] = parseNumber(
        s,
        t,
        reservedAfter(tokens, index),
      );
    } else if (TEXT_LETTERS.includes(t.letter) && t.letter !== 'z') {
      parseText(s, t);
    } else {
      parseZone(s, t);
    }
  });
}

function resolveYear(v: Parsed): number {
  if (v['u'] !== undefined) return v['u'];
  const yearOfEra = v['y'] ?? v['Y'];
  if (yearOfEra !== undefined) return v['era'] === 0 ? 1 - yearOfEra : yearOfEra;
  const reduced = v['y2'] ?? v['u2'] ?? v['Y2'];
  return reduced !== undefined ? 2000 + reduced : 1970;
}

function check(ok: boolean, s: State, what: string): void {
  if (!ok) throw new Error(`Text '${s.text}' could not be parsed: invalid ${what}`);
}

function inRange(s: State, value: number, min: number, max: number, what: string): number {
  check(value >= min && value <= max, s, what);
  return value;
}

function resolveHour(v: Parsed, s: State): number {
  const pm = v['a'] === 1 ? 12 : 0;
  if (v['H'] !== undefined) return v['H'];
  if (v['k'] !== undefined) return inRange(s, v['k'], 1, 24, 'clock hour') % 24;
  if (v['h'] !== undefined) return (inRange(s, v['h'], 1, 12, 'clock hour of AM/PM') % 12) + pm;
  if (v['K'] !== undefined) return inRange(s, v['K'], 0, 11, 'hour of AM/PM') + pm;
  return pm;
}

/** Local date-time as epoch ms (wall clock read as UTC), validated like the SMART resolver. */
function resolveLocal(s: State): number {
  const v = s.values;
  const year = resolveYear(v);
  let days: number;
  if (v['D'] !== undefined && v['M'] === undefined) {
    days = daysFromCivil(year, 1, 1) + v['D'] - 1;
  } else {
    const month = v['M'] ?? 1;
    const day = v['d'] ?? 1;
    check(month >= 1 && month <= 12, s, 'month');
    check(day >= 1 && day <= 31, s, 'day of month');
    days = daysFromCivil(year, month, Math.min(day, monthLength(year, month))); // SMART clamps 31 Apr → 30 Apr
  }
  if (v['A'] !== undefined && v['H'] === undefined) return days * MS_PER_DAY + v['A'];
  const hour = resolveHour(v, s);
  const [minute, second, nanos] = [v['m'] ?? 0, v['s'] ?? 0, v['S'] ?? v['n'] ?? 0];
  const endOfDay = hour === 24 && minute === 0 && second === 0 && nanos === 0; // SMART accepts 24:00
  check((hour >= 0 && hour <= 23) || endOfDay, s, 'hour');
  check(minute >= 0 && minute <= 59 && second >= 0 && second <= 59, s, 'minute or second');
  return days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + Math.floor(nanos / 1_000_000);
}

/**
 * Parse `text` with a java pattern. A parsed offset or zone wins over `defaultZone` (like
 * DateTimeFormatter.withZone). Throws when the text does not match the whole pattern.
 */
export function parseJavaPattern(text: string, pattern: string, defaultZone: Zone): number {
  const state: State = { text, pos: 0, values: {}, zone: null };
  parseTokens(state, tokenizePattern(pattern));
  if (state.pos !== text.length) fail(state);
  const local = resolveLocal(state);
  const offset = state.values['offset'];
  if (offset !== undefined) return local - offset * 1000;
  return localToInstant(state.zone ?? defaultZone, local);
}

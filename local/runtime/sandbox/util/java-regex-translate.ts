// Translates java.util.regex.Pattern syntax into JavaScript RegExp source. Differences handled: \A \z
// \Z, java's `$` and `.` line-terminator rules, possessive quantifiers and atomic groups (approximated
// as greedy/non-atomic), inline flags, \Q…\E, POSIX and Unicode \p{…} classes, ASCII-only \s, \h \v \R,
// octal/\x{…}/\a/\e/\cX escapes, and java's nested-class union. Inline flags apply from where they
// appear to the end of the pattern (java scopes them to the enclosing group); `i` is always global.

import { ASCII_CLASSES, complement, rangesToClassBody, unicodeProperty, type Range } from './java-regex-classes.ts';

export interface Translation {
  source: string;
  flags: string;
}

interface State {
  chars: string[];
  i: number;
  flags: Record<'i' | 'm' | 's' | 'x' | 'd', boolean>;
  unicode: boolean;
  needsUnicode: boolean;
  groupCount: number;
  NativeRegExp: RegExpConstructor;
}

const TERMINATORS = '\\n\\r\\u0085\\u2028\\u2029';
const START = '(?<![\\s\\S])';
const END = '(?![\\s\\S])';
const SYNTAX_OUTSIDE = '^$\\.*+?()[]{}|/';
const SYNTAX_INSIDE = '\\]^-[';

function fail(st: State, message: string): never {
  throw new Error(`${message} near index ${st.i}: ${st.chars.join('')}`);
}

function escapeChar(ch: string, inClass: boolean): string {
  return (inClass ? SYNTAX_INSIDE : SYNTAX_OUTSIDE).includes(ch) ? `\\${ch}` : ch;
}

function codePoint(st: State, cp: number): string {
  if (cp > 0xffff) st.needsUnicode = true;
  return rangesToClassBody([[cp, cp]]);
}

/** Ranges as a class body; in unicode mode complements reach past the BMP. */
function rangesBody(st: State, ranges: Range[], negate: boolean): string {
  return rangesToClassBody(negate ? complement(ranges, st.unicode ? 0x10ffff : 0xffff) : ranges);
}

function dollar(st: State): string {
  const terms = st.flags.d ? '\\n' : TERMINATORS;
  if (st.flags.m) return `(?=[${terms}]|${END})`;
  return `(?=(?:${st.flags.d ? '' : '\\r\\n|'}[${terms}])?${END})`;
}

function caret(st: State): string {
  const terms = st.flags.d ? '\\n' : TERMINATORS;
  return st.flags.m ? `(?:${START}|(?<=[${terms}])(?=[\\s\\S]))` : '^';
}

function readUntil(st: State, close: string): string {
  const end = st.chars.indexOf(close, st.i);
  if (end < 0) fail(st, `Unclosed ${close}`);
  const text = st.chars.slice(st.i, end).join('');
  st.i = end + 1;
  return text;
}

function readHex(st: State, count: number): number {
  const hex = st.chars.slice(st.i, st.i + count).join('');
  if (hex.length !== count || !/^[0-9a-fA-F]+$/.test(hex)) fail(st, 'Illegal hexadecimal escape sequence');
  st.i += count;
  return parseInt(hex, 16);
}

/** \0n, \0nn, \0mnn (m ≤ 3). */
function readOctal(st: State): number {
  let digits = '';
  const max = (st.chars[st.i] ?? '9') <= '3' ? 3 : 2;
  while (digits.length < max && /^[0-7]$/.test(st.chars[st.i] ?? '')) digits += st.chars[st.i++];
  if (digits === '') fail(st, 'Illegal octal escape sequence');
  return parseInt(digits, 8);
}

/** \p{…} / \P{…} / \pL: ASCII POSIX classes become ranges, the rest JS Unicode properties. */
function property(st: State, negate: boolean, inClass: boolean): string {
  const name = st.chars[st.i] === '{' ? (st.i++, readUntil(st, '}')) : (st.chars[st.i++] ?? '');
  const ascii = ASCII_CLASSES[name];
  if (ascii) return inClass ? rangesBody(st, ascii, negate) : `[${negate ? '^' : ''}${rangesToClassBody(ascii)}]`;
  if (/^In[A-Z]|^(block|blk)=/i.test(name)) fail(st, `Unicode blocks are not supported: ${name}`);
  const js = unicodeProperty(name, st.NativeRegExp);
  if (js === null) fail(st, `Unknown character property name {${name}}`);
  st.needsUnicode = true;
  return `\\${negate ? 'P' : 'p'}{${js}}`;
}

/** Text between \Q and \E (or the end), as escaped literals. */
function quoted(st: State, inClass: boolean): string {
  let out = '';
  while (st.i < st.chars.length && !(st.chars[st.i] === '\\' && st.chars[st.i + 1] === 'E')) {
    out += escapeChar(st.chars[st.i++]!, inClass);
  }
  st.i += 2;
  return out;
}

const SIMPLE_ESCAPES: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, a: 7, e: 27 };

/** Number of capturing groups (plain and named), for reading multi-digit back-references. */
function countGroups(chars: string[]): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i];
    if (ch === '\\') i += 1;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (
      ch === '(' &&
      !inClass &&
      (chars[i + 1] !== '?' || (chars[i + 2] === '<' && /^[A-Za-z]$/.test(chars[i + 3] ?? '')))
    )
      count += 1;
  }
  return count;
}

/** \n back-reference: java keeps taking digits while they still name an existing group. */
function backReference(st: State, first: string): string {
  let digits = first;
  while (/^[0-9]$/.test(st.chars[st.i] ?? '') && Number(digits + st.chars[st.i]) <= st.groupCount)
    digits += st.chars[st.i++];
  return `(?:\\${digits})`; // the group keeps a following literal digit out of the reference
}

function codePointEscape(st: State, hex: string): string {
  const cp = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : Number.NaN;
  if (!(cp <= 0x10ffff)) fail(st, 'Illegal hexadecimal escape sequence');
  return codePoint(st, cp);
}

/** An escape after the backslash, inside or outside a class. */
function escape(st: State, inClass: boolean): string {
  const ch = st.chars[st.i++];
  if (ch === undefined) fail(st, 'Unexpected internal error: trailing backslash');
  const lower = ch.toLowerCase();
  if (SIMPLE_ESCAPES[ch] !== undefined) return codePoint(st, SIMPLE_ESCAPES[ch]);
  if ('dwDW'.includes(ch)) return `\\${ch}`;
  if ('shv'.includes(lower)) {
    const ranges = ASCII_CLASSES[lower]!;
    return inClass ? rangesBody(st, ranges, ch !== lower) : `[${ch !== lower ? '^' : ''}${rangesToClassBody(ranges)}]`;
  }
  if (ch === 'p' || ch === 'P') return property(st, ch === 'P', inClass);
  if (ch === 'Q') return quoted(st, inClass);
  if (ch === 'x' && st.chars[st.i] === '{') {
    st.i += 1;
    return codePointEscape(st, readUntil(st, '}'));
  }
  if (ch === 'x') return codePoint(st, readHex(st, 2));
  if (ch === 'u') return codePoint(st, readHex(st, 4));
  if (ch === '0') return codePoint(st, readOctal(st));
  if (ch === 'c')
    return codePoint(st, (st.chars[st.i++] ?? fail(st, 'Illegal control escape sequence')).charCodeAt(0) ^ 64);
  if (!inClass) {
    if (ch === 'A') return START;
    if (ch === 'z') return END;
    if (ch === 'Z') return dollar({ ...st, flags: { ...st.flags, m: false } });
    if (ch === 'R') return `(?:\\r\\n|[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029])`;
    if (ch === 'b' || ch === 'B') return `\\${ch}`;
    if (ch === 'k') return `\\k<${st.chars[st.i++] === '<' ? readUntil(st, '>') : fail(st, 'named group reference')}>`;
    if (/^[1-9]$/.test(ch)) return backReference(st, ch);
  }
  if (/^[A-Za-z0-9]$/.test(ch)) fail(st, `Illegal/unsupported escape sequence \\${ch}`);
  return escapeChar(ch, inClass);
}

/** The body of a class after `[` (and `^`); nested non-negated classes are a union in java. */
function classBody(st: State): string {
  let body = '';
  if (st.chars[st.i] === ']') {
    body += '\\]'; // java reads a `]` right after `[` as a literal
    st.i += 1;
  }
  for (;;) {
    const ch = st.chars[st.i];
    if (ch === undefined) fail(st, 'Unclosed character class');
    if (ch.length > 1) st.needsUnicode = true;
    st.i += 1;
    if (ch === ']') return body;
    if (ch === '\\') body += escape(st, true);
    else if (ch === '[') {
      if (st.chars[st.i] === '^') fail(st, 'Negated nested character classes are not supported');
      body += classBody(st);
    } else if (ch === '&' && st.chars[st.i] === '&') fail(st, 'Character class intersection (&&) is not supported');
    else if (ch === '-') body += '-';
    else if (!(st.flags.x && /^\s$/.test(ch))) body += escapeChar(ch, true);
  }
}

function parseClass(st: State): string {
  const negated = st.chars[st.i] === '^';
  if (negated) st.i += 1;
  return `[${negated ? '^' : ''}${classBody(st)}]`;
}

/** Inline flags `(?is-m)` or `(?i:`; returns what to emit. */
function inlineFlags(st: State): string {
  const m = /^([idmsuxU]*)(?:-([idmsuxU]*))?([:)])/.exec(st.chars.slice(st.i, st.i + 20).join(''));
  if (!m) fail(st, 'Unknown inline modifier');
  st.i += m[0].length;
  for (const f of m[1]!) if (f in st.flags) st.flags[f as 'i'] = true;
  for (const f of m[2] ?? '') if (f in st.flags && f !== 'i') st.flags[f as 'm'] = false;
  return m[3] === ':' ? '(?:' : '';
}

function group(st: State): string {
  if (st.chars[st.i] !== '?') return '(';
  const next = st.chars.slice(st.i + 1, st.i + 3).join('');
  if (/^[:=!]/.test(next) || next === '<=' || next === '<!' || /^<[A-Za-z]/.test(next)) {
    st.i += 1;
    return '(?';
  }
  if (next.startsWith('>')) {
    st.i += 2;
    return '(?:'; // atomic group approximated as a plain group
  }
  st.i += 1;
  return inlineFlags(st);
}

function quantifier(st: State, head: string): string {
  let out = head;
  if (head === '{') {
    const m = /^(\d+)(,\d*)?\}/.exec(st.chars.slice(st.i, st.i + 24).join(''));
    if (!m) fail(st, 'Illegal repetition');
    st.i += m[0].length;
    out += m[0];
  }
  if (st.chars[st.i] === '?') out += st.chars[st.i++];
  else if (st.chars[st.i] === '+') st.i += 1; // possessive approximated as greedy
  return out;
}

function skipComment(st: State): void {
  while (st.i < st.chars.length && !/^[\n\r]$/.test(st.chars[st.i]!)) st.i += 1;
}

function translateOne(st: State, ch: string): string {
  switch (ch) {
    case '\\':
      return escape(st, false);
    case '[':
      return parseClass(st);
    case '(':
      return group(st);
    case '.':
      return st.flags.s ? '[\\s\\S]' : `[^${st.flags.d ? '\\n' : TERMINATORS}]`;
    case '^':
      return caret(st);
    case '$':
      return dollar(st);
    case '*':
    case '+':
    case '?':
    case '{':
      return quantifier(st, ch);
    default:
      return escapeChar(ch, false);
  }
}

function run(pattern: string, unicode: boolean, NativeRegExp: RegExpConstructor): [string, State] {
  const chars = Array.from(pattern);
  const flags = { i: false, m: false, s: false, x: false, d: false };
  const st: State = { chars, i: 0, flags, unicode, needsUnicode: false, groupCount: countGroups(chars), NativeRegExp };
  let out = '';
  while (st.i < st.chars.length) {
    const ch = st.chars[st.i++]!;
    if (ch.length > 1) st.needsUnicode = true; // astral literal: JS needs u to treat it as one character
    if (st.flags.x && /^\s$/.test(ch)) continue;
    if (st.flags.x && ch === '#') skipComment(st);
    else out += ch === ')' || ch === '|' ? ch : translateOne(st, ch);
  }
  return [out, st];
}

/** Translate a java pattern; the u flag is added only when the translation needs it. */
export function translateJavaPattern(pattern: string, NativeRegExp: RegExpConstructor): Translation {
  let [source, st] = run(pattern, false, NativeRegExp);
  if (st.needsUnicode) [source, st] = run(pattern, true, NativeRegExp);
  return { source, flags: (st.flags.i ? 'i' : '') + (st.needsUnicode ? 'u' : '') };
}

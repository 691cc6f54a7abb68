// util.urlEncode/urlDecode (java.net.URLEncoder/URLDecoder with UTF-8), util.base64Encode/
// base64Decode (UTF-8 text, standard alphabet with padding) and util.escapeJavaScript.

import { utf8Decode, utf8Encode } from './utf8.ts';

const HEX_UPPER = '0123456789ABCDEF';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const JS_SHORT_ESCAPES: Record<string, string> = {
  "'": "\\'",
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\n': '\\n',
  '\t': '\\t',
  '\f': '\\f',
  '\r': '\\r',
};

function isMissing(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** URLEncoder leaves a-z A-Z 0-9 and `.-*_` alone, turns space into `+`, percent-encodes the rest. */
function urlSafe(ch: string): boolean {
  return /^[A-Za-z0-9.\-*_]$/.test(ch);
}

export function urlEncode(value: string): string | null {
  if (isMissing(value)) return null;
  let out = '';
  for (const ch of String(value)) {
    if (urlSafe(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else for (const b of utf8Encode(ch)) out += `%${HEX_UPPER[b >> 4]}${HEX_UPPER[b & 15]}`;
  }
  return out;
}

function hexValue(ch: string | undefined): number {
  return ch !== undefined && /^[0-9A-Fa-f]$/.test(ch) ? parseInt(ch, 16) : -1;
}

/** URLDecoder: `+` is a space, runs of %XX are UTF-8 bytes; a broken escape is an error, as in java. */
export function urlDecode(value: string): string | null {
  if (isMissing(value)) return null;
  const text = String(value);
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '%') {
      out += text[i] === '+' ? ' ' : text[i];
      i += 1;
      continue;
    }
    const bytes: number[] = [];
    while (text[i] === '%') {
      const [hi, lo] = [hexValue(text[i + 1]), hexValue(text[i + 2])];
      if (i + 2 >= text.length) throw new Error('URLDecoder: Incomplete trailing escape (%) pattern');
      if (hi < 0 || lo < 0) throw new Error('URLDecoder: Illegal hex characters in escape (%) pattern');
      bytes.push(hi * 16 + lo);
      i += 3;
    }
    out += utf8Decode(bytes);
  }
  return out;
}

export function base64Encode(value: string): string | null {
  if (isMissing(value)) return null;
  const bytes = utf8Encode(String(value));
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64[n >> 18]! + BASE64[(n >> 12) & 63]!;
    out += b === undefined ? '=' : BASE64[(n >> 6) & 63]!;
    out += c === undefined ? '=' : BASE64[n & 63]!;
  }
  return out;
}

/** Like java.util.Base64.getDecoder(): padding optional, any other non-alphabet character is an error. */
export function base64Decode(value: string): string | null {
  if (isMissing(value)) return null;
  const text = String(value);
  const body = text.endsWith('==') ? text.slice(0, -2) : text.endsWith('=') ? text.slice(0, -1) : text;
  const bytes: number[] = [];
  let bits = 0;
  let count = 0;
  for (const ch of body) {
    const v = BASE64.indexOf(ch);
    if (v < 0) throw new Error(`Illegal base64 character ${ch.charCodeAt(0).toString(16)}`);
    bits = ((bits << 6) | v) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes.push((bits >> count) & 255);
    }
  }
  if (body.length % 4 === 1 || (body.length !== text.length && text.length % 4 !== 0)) {
    throw new Error('Input byte array has wrong 4-byte ending unit');
  }
  return utf8Decode(bytes);
}

function unicodeEscape(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return `\\u${'0000'.slice(hex.length)}${hex}`;
}

/**
 * Apache commons-lang StringEscapeUtils.escapeEcmaScript: `'` `"` `\` `/` and \b \n \t \f \r get a
 * backslash; other characters below 0x20 or above 0x7F become \uXXXX (upper-case hex, per UTF-16 unit).
 */
export function escapeJavaScript(value: string): string | null {
  if (isMissing(value)) return null;
  const text = String(value);
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    out += JS_SHORT_ESCAPES[ch] ?? (code < 0x20 || code > 0x7f ? unicodeEscape(code) : ch);
  }
  return out;
}

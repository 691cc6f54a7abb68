// Character classes java.util.regex has and JavaScript lacks or defines differently: the US-ASCII
// POSIX classes (\p{Alpha} …), java's ASCII-only \s, \h, \v, and \p{…} names mapped to JS properties.

export type Range = [number, number];

const c = (ch: string): number => ch.charCodeAt(0);
const PUNCT: Range[] = [
  [0x21, 0x2f],
  [0x3a, 0x40],
  [0x5b, 0x60],
  [0x7b, 0x7e],
];
const ALNUM: Range[] = [
  [c('0'), c('9')],
  [c('A'), c('Z')],
  [c('a'), c('z')],
];

/** ASCII classes as ranges: java's POSIX names (US-ASCII only by default) plus \s \h \v. */
export const ASCII_CLASSES: Record<string, Range[]> = {
  Lower: [[c('a'), c('z')]],
  Upper: [[c('A'), c('Z')]],
  ASCII: [[0, 0x7f]],
  Alpha: [
    [c('A'), c('Z')],
    [c('a'), c('z')],
  ],
  Digit: [[c('0'), c('9')]],
  Alnum: ALNUM,
  Punct: PUNCT,
  Graph: [[0x21, 0x7e]], // Alnum + Punct
  Print: [[0x20, 0x7e]],
  Blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  Cntrl: [
    [0, 0x1f],
    [0x7f, 0x7f],
  ],
  XDigit: [
    [c('0'), c('9')],
    [c('A'), c('F')],
    [c('a'), c('f')],
  ],
  Space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  // java's \s is [ \t\n\x0B\f\r] (JS's \s also matches Unicode spaces)
  s: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  h: [
    [0x09, 0x09],
    [0x20, 0x20],
    [0xa0, 0xa0],
    [0x1680, 0x1680],
    [0x180e, 0x180e],
    [0x2000, 0x200a],
    [0x202f, 0x202f],
    [0x205f, 0x205f],
    [0x3000, 0x3000],
  ],
  v: [
    [0x0a, 0x0d],
    [0x85, 0x85],
    [0x2028, 0x2029],
  ],
};

/** Complement within [0, max] of ranges given in ascending order (the tables above are sorted). */
export function complement(ranges: Range[], max: number): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= max) out.push([next, max]);
  return out;
}

function codeUnitEscape(cp: number): string {
  if (cp > 0xffff) return `\\u{${cp.toString(16)}}`;
  return `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** Ranges as the inside of a JS character class (no brackets). Code points > 0xFFFF need the u flag. */
export function rangesToClassBody(ranges: Range[]): string {
  return ranges
    .map(([lo, hi]) => (lo === hi ? codeUnitEscape(lo) : `${codeUnitEscape(lo)}-${codeUnitEscape(hi)}`))
    .join('');
}

/** java.lang.Character-based names and binary properties, as JS property expressions. */
const JAVA_PROPERTIES: Record<string, string> = {
  javaLowerCase: 'Lowercase',
  javaUpperCase: 'Uppercase',
  javaAlphabetic: 'Alphabetic',
  javaLetter: 'L',
  javaDigit: 'Nd',
  javaMirrored: 'Bidi_M',
  javaTitleCase: 'Lt',
  javaIdeographic: 'Ideographic',
  Alphabetic: 'Alphabetic',
  Letter: 'L',
  Lowercase: 'Lowercase',
  Uppercase: 'Uppercase',
  Titlecase: 'Lt',
  Punctuation: 'P',
  Control: 'Cc',
  White_Space: 'White_Space',
  WhiteSpace: 'White_Space',
  Digit: 'Nd',
  Hex_Digit: 'Hex_Digit',
  HexDigit: 'Hex_Digit',
  Ideographic: 'Ideographic',
  Join_Control: 'Join_Control',
  Emoji: 'Emoji',
  Noncharacter_Code_Point: 'Noncharacter_Code_Point',
};

function compiles(source: string, NativeRegExp: RegExpConstructor): boolean {
  try {
    new NativeRegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** JS `\p{…}` body for a java property name (Lu, IsL, IsLatin, sc=Greek, gc=Nd …), or null. */
export function unicodeProperty(name: string, NativeRegExp: RegExpConstructor): string | null {
  const eq = /^(?:general_category|gc|script|sc)=(.+)$/i.exec(name);
  const bare = eq ? eq[1]! : name.startsWith('Is') ? name.slice(2) : name;
  const scriptOnly = eq !== null && /^(script|sc)=/i.test(name);
  const candidates = [JAVA_PROPERTIES[name], JAVA_PROPERTIES[bare], scriptOnly ? undefined : bare, `Script=${bare}`];
  for (const candidate of candidates) {
    if (candidate !== undefined && compiles(`\\p{${candidate}}`, NativeRegExp)) return candidate;
  }
  return null;
}

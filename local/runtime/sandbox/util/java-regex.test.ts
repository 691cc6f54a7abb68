import { describe, expect, it } from 'vitest';
import { javaPatternToRegExp, javaPatternToWholeMatchRegExp, javaReplacementToJs } from './java-regex.ts';

/** Java String.replaceAll(pattern, replacement) expressed through the two translators. */
function replaceAll(input: string, pattern: string, replacement: string): string {
  return input.replace(javaPatternToRegExp(pattern, 'g'), javaReplacementToJs(replacement));
}

function firstMatch(pattern: string, input: string): string | null {
  return javaPatternToRegExp(pattern, '').exec(input)?.[0] ?? null;
}

describe('javaPatternToRegExp', () => {
  it('passes plain patterns through without the u flag', () => {
    const re = javaPatternToRegExp('a*b', '');
    expect(re.source).toBe('a*b');
    expect(re.flags).toBe('');
    expect(javaPatternToRegExp('(\\d+)-(\\w+)', 'g').flags).toBe('g');
  });

  it('translates \\A, \\z and \\Z', () => {
    expect(replaceAll('abcabc', '\\Aabc', 'X')).toBe('Xabc');
    expect(replaceAll('abcabc', 'abc\\z', 'X')).toBe('abcX');
    expect(replaceAll('abc\n', 'abc\\z', 'X')).toBe('abc\n');
    expect(replaceAll('abc\n', 'abc\\Z', 'X')).toBe('X\n');
  });

  it("gives $ java's meaning: end of input or before a final line terminator", () => {
    expect(replaceAll('a\n', 'a$', 'b')).toBe('b\n');
    expect(replaceAll('a\nb', 'a$', 'x')).toBe('a\nb');
  });

  it('applies leading embedded flags (?i) (?s) (?m) and (?x)', () => {
    expect(javaPatternToRegExp('(?i)hello', '').test('HeLLo')).toBe(true);
    expect(javaPatternToRegExp('hello', '').test('HeLLo')).toBe(false);
    expect(javaPatternToRegExp('(?s)a.b', '').test('a\nb')).toBe(true);
    expect(javaPatternToRegExp('a.b', '').test('a\nb')).toBe(false);
    expect(javaPatternToRegExp('a.b', '').test('a\u0085b')).toBe(false); // NEL is a line terminator in java
    expect(replaceAll('a\nb\n', '(?m)^', '>')).toBe('>a\n>b\n');
    expect(replaceAll('a1\nb2', '(?m)\\d$', '#')).toBe('a#\nb#');
    expect(firstMatch('(?x) a b # comment\n c', 'xabcx')).toBe('abc');
    expect(javaPatternToRegExp('(?i:ab)c', '').test('ABc')).toBe(true);
  });

  it('approximates possessive quantifiers and atomic groups as greedy', () => {
    expect(firstMatch('a*+b', 'aaab')).toBe('aaab');
    expect(firstMatch('x++', 'xxx')).toBe('xxx');
    expect(firstMatch('y?+z', 'yz')).toBe('yz');
    expect(firstMatch('a{2,3}+', 'aaaa')).toBe('aaa');
    expect(firstMatch('(?>ab|a)c', 'abc')).toBe('abc');
    expect(firstMatch('a+?', 'aaa')).toBe('a'); // lazy stays lazy
  });

  it('supports the US-ASCII POSIX classes, also negated and inside classes', () => {
    expect(firstMatch('\\p{Alpha}+', 'héllo')).toBe('h');
    expect(firstMatch('\\p{Digit}+', 'ab123c')).toBe('123');
    expect(firstMatch('\\p{Upper}\\p{Lower}+', 'xHello')).toBe('Hello');
    expect(firstMatch('\\p{Alnum}+', '--ab12--')).toBe('ab12');
    expect(firstMatch('\\p{Punct}+', 'ab!?.c')).toBe('!?.');
    expect(firstMatch('\\p{Space}+', 'a \t\nb')).toBe(' \t\n');
    expect(firstMatch('\\P{Digit}+', '12ab34')).toBe('ab');
    expect(firstMatch('[\\p{Digit}x]+', 'ab1x2c')).toBe('1x2');
    expect(firstMatch('[^\\P{Lower}]+', 'ABcdE')).toBe('cd');
  });

  it('supports Unicode properties and scripts, adding the u flag only then', () => {
    const re = javaPatternToRegExp('\\p{L}+', '');
    expect(re.flags).toBe('u');
    expect(re.exec('1 héllo')?.[0]).toBe('héllo');
    expect(firstMatch('\\p{IsLatin}+', 'αβabc')).toBe('abc');
    expect(firstMatch('\\p{Lu}', 'abcÉ')).toBe('É');
    expect(firstMatch('\\p{javaLowerCase}+', 'ABcdE')).toBe('cd');
  });

  it('quotes \\Q…\\E literally', () => {
    expect(firstMatch('\\Qa.b*c\\E', 'xa.b*cx')).toBe('a.b*c');
    expect(javaPatternToRegExp('\\Qa.b\\E', '').test('axb')).toBe(false);
  });

  it("uses java's ASCII-only \\s and supports \\h, \\v, \\R", () => {
    expect(javaPatternToRegExp('\\s', '').test('\u00a0')).toBe(false);
    expect(javaPatternToRegExp('\\h', '').test('\u00a0')).toBe(true);
    expect(javaPatternToRegExp('[\\S]', '').test('\u00a0')).toBe(true);
    expect(replaceAll('a\r\nb\nc', '\\R', '|')).toBe('a|b|c');
    expect(firstMatch('\\v+', 'a\n\u2028b')).toBe('\n\u2028');
  });

  it('translates escapes javascript spells differently', () => {
    expect(firstMatch('\\0101\\x{42}\\x43', 'ABC')).toBe('ABC');
    expect(firstMatch('\\e\\a', '\u001b\u0007')).toBe('\u001b\u0007');
    expect(firstMatch('\\x{1F600}+', 'a😀😀')).toBe('😀😀');
    expect(firstMatch('😀+', 'a😀😀')).toBe('😀😀');
    expect(firstMatch('\\cA', 'x\u0001')).toBe('\u0001');
  });

  it('keeps named groups, back-references and unions of nested classes', () => {
    expect(firstMatch('(?<w>\\w)\\k<w>', 'abccd')).toBe('cc');
    expect(firstMatch('(a)\\1', 'xaax')).toBe('aa');
    expect(firstMatch('(a)\\10', 'aa0')).toBe('aa0'); // one group: \10 is \1 then a literal 0, as in java
    expect(firstMatch('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10', 'abcdefghijj')).toBe('abcdefghijj');
    expect(firstMatch('[a[x-z]]+', 'bayzq')).toBe('ayz');
    expect(firstMatch('[]a]+', 'b]a]')).toBe(']a]');
    expect(firstMatch('a]}', 'a]}')).toBe('a]}');
  });

  it('rejects invalid or unsupported patterns with an Error', () => {
    expect(() => javaPatternToRegExp('a{', '')).toThrow(/Illegal repetition/);
    expect(() => javaPatternToRegExp('(abc', '')).toThrow(/Java regular expression/);
    expect(() => javaPatternToRegExp('[abc', '')).toThrow(/Unclosed character class/);
    expect(() => javaPatternToRegExp('\\', '')).toThrow(Error);
    expect(() => javaPatternToRegExp('\\G', '')).toThrow(/unsupported escape/);
    expect(() => javaPatternToRegExp('\\x{zz}', '')).toThrow(/Illegal hexadecimal escape/);
    expect(() => javaPatternToRegExp('\\x{110000}', '')).toThrow(/Illegal hexadecimal escape/);
    expect(() => javaPatternToRegExp('[a-z&&[def]]', '')).toThrow(/intersection/);
    expect(() => javaPatternToRegExp('\\p{InGreek}', '')).toThrow(/blocks are not supported/);
    expect(() => javaPatternToRegExp('\\p{NoSuchThing}', '')).toThrow(/Unknown character property/);
  });

  it('caches compiled patterns and resets lastIndex of a shared global regexp', () => {
    const first = javaPatternToRegExp('b', 'g');
    first.test('abc');
    expect(first.lastIndex).toBe(2);
    const again = javaPatternToRegExp('b', 'g');
    expect(again).toBe(first);
    expect(again.lastIndex).toBe(0);
    expect(javaPatternToRegExp('b', '')).not.toBe(first);
  });
});

describe('javaPatternToWholeMatchRegExp', () => {
  it('only accepts a match of the whole input', () => {
    expect(javaPatternToWholeMatchRegExp('a*b').test('aaaaab')).toBe(true);
    expect(javaPatternToWholeMatchRegExp('a*b').test('aaaaabc')).toBe(false);
    expect(javaPatternToWholeMatchRegExp('a|ab').test('ab')).toBe(true);
    expect(javaPatternToWholeMatchRegExp('(?m)^a$').test('a\nb')).toBe(false);
  });
});

describe('javaReplacementToJs', () => {
  it('maps group references: $1 stays, ${name} becomes $<name>, $0 becomes $&', () => {
    expect(javaReplacementToJs('$2-$1')).toBe('$2-$1');
    expect(javaReplacementToJs('${year}!')).toBe('$<year>!');
    expect(javaReplacementToJs('[$0]')).toBe('[$&]');
    expect(replaceAll('2018-02', '(?<y>\\d{4})-(\\d{2})', '$2/${y} ($0)')).toBe('02/2018 (2018-02)');
  });

  it('unescapes backslashes and doubles literal dollars', () => {
    expect(javaReplacementToJs('\\$5 \\\\ \\x')).toBe('$$5 \\ x');
    expect(replaceAll('price', 'price', '\\$5')).toBe('$5');
  });

  it('refuses what java refuses', () => {
    expect(() => javaReplacementToJs('$')).toThrow(/group index is missing/);
    expect(() => javaReplacementToJs('$x')).toThrow(/Illegal group reference/);
    expect(() => javaReplacementToJs('${1a}')).toThrow(/Illegal group reference/);
    expect(() => javaReplacementToJs('abc\\')).toThrow(/character to be escaped is missing/);
  });

  it('leaves text without references alone', () => {
    expect(javaReplacementToJs('')).toBe('');
    expect(javaReplacementToJs('plain ü😀')).toBe('plain ü😀');
  });
});

import { describe, expect, it } from 'vitest';
import { matches } from './matches.ts';

describe('util.matches', () => {
  it('matches the documented example', () => {
    // https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html — util.matches("a*b", "aaaaab")
    expect(matches('a*b', 'aaaaab')).toBe(true);
  });

  it('requires the whole value to match (java String.matches)', () => {
    expect(matches('a*b', 'aaaaabc')).toBe(false);
    expect(matches('b', 'abc')).toBe(false);
    expect(matches('.*b.*', 'abc')).toBe(true);
    expect(matches('a|ab', 'ab')).toBe(true);
    expect(matches('abc', 'abc\n')).toBe(false);
  });

  it('uses java syntax and flags', () => {
    expect(matches('(?i)[a-z]+', 'AbC')).toBe(true);
    expect(matches('\\p{Alpha}+\\d{2}', 'abc12')).toBe(true);
    expect(matches('\\p{Alpha}+', 'abç')).toBe(false);
    expect(matches('\\QA.B\\E', 'A.B')).toBe(true);
    expect(matches('\\QA.B\\E', 'AxB')).toBe(false);
    expect(matches('^\\w+@\\w+\\.com$', 'me@example.com')).toBe(true);
  });

  it('handles unicode and empty values', () => {
    expect(matches('.', '😀')).toBe(false); // no u flag: an astral character is two code units
    expect(matches('😀+', '😀😀')).toBe(true);
    expect(matches('\\p{L}+', 'Grüße')).toBe(true);
    expect(matches('', '')).toBe(true);
    expect(matches('a*', '')).toBe(true);
    expect(matches('a+', '')).toBe(false);
  });

  it('returns false for null or undefined arguments and throws on an invalid pattern', () => {
    expect(matches(null as unknown as string, 'a')).toBe(false);
    expect(matches('a', undefined as unknown as string)).toBe(false);
    expect(() => matches('(', 'a')).toThrow(Error);
  });
});

import { describe, expect, it } from 'vitest';
import { generatePassword, meetsPolicy } from './password.ts';

describe('generatePassword', () => {
  it('always satisfies the strictest Cognito-style policy', () => {
    for (let i = 0; i < 2_000; i++) {
      const password = generatePassword(12);
      expect(password).toHaveLength(12);
      expect(meetsPolicy(password)).toBe(true);
    }
  });

  it('is 20 characters by default and never repeats', () => {
    const seen = new Set(Array.from({ length: 500 }, () => generatePassword()));
    expect(seen.size).toBe(500);
    for (const p of seen) expect(p).toHaveLength(20);
  });

  it('uses only characters that need no quoting in JSON or a shell', () => {
    for (let i = 0; i < 200; i++) expect(generatePassword(64)).toMatch(/^[A-Za-z0-9!#%+\-.:=?@^_~]+$/);
  });

  it('refuses lengths below 12', () => {
    expect(() => generatePassword(11)).toThrow(RangeError);
  });
});

describe('meetsPolicy', () => {
  it.each([
    ['short1!Aa', false],
    ['alllowercase-123', false],
    ['ALLUPPERCASE-123', false],
    ['NoDigitsHere-abc', false],
    ['NoSymbols123abcD', false],
    ['Good-Password-123', true],
  ])('%s → %s', (password, ok) => expect(meetsPolicy(password)).toBe(ok));

  it('honours a relaxed policy', () => {
    expect(
      meetsPolicy('lowercaseonly', {
        minimumLength: 8,
        requireUppercase: false,
        requireNumbers: false,
        requireSymbols: false,
      }),
    ).toBe(true);
  });
});

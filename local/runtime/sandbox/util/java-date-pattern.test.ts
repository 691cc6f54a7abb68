import { describe, expect, it } from 'vitest';
import { tokenizePattern } from './java-date-pattern.ts';

describe('tokenizePattern', () => {
  it('splits letters, literals, quotes and optional sections', () => {
    expect(tokenizePattern("yyyy-MM'T'[HH]''")).toEqual([
      { kind: 'field', letter: 'y', count: 4, padWidth: 0 },
      { kind: 'literal', text: '-' },
      { kind: 'field', letter: 'M', count: 2, padWidth: 0 },
      { kind: 'literal', text: 'T' },
      { kind: 'optional', tokens: [{ kind: 'field', letter: 'H', count: 2, padWidth: 0 }] },
      { kind: 'literal', text: "'" },
    ]);
  });

  it("reads '' inside quotes as a quote and p as padding", () => {
    expect(tokenizePattern("'o''clock'")).toEqual([{ kind: 'literal', text: "o'clock" }]);
    expect(tokenizePattern('pppd')).toEqual([{ kind: 'field', letter: 'd', count: 1, padWidth: 3 }]);
  });

  it('refuses what DateTimeFormatterBuilder refuses', () => {
    expect(() => tokenizePattern('b')).toThrow('Unknown pattern letter: b');
    expect(() => tokenizePattern('ddd')).toThrow(/Invalid pattern/);
    expect(() => tokenizePattern('OO')).toThrow(/Invalid pattern/);
    expect(() => tokenizePattern('cc')).toThrow(/Invalid pattern/);
    expect(() => tokenizePattern('p')).toThrow(/must be followed by a field/);
    expect(() => tokenizePattern('#')).toThrow(/reserved character/);
    expect(() => tokenizePattern("'x")).toThrow(/incomplete string literal/);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { maxVal, minVal, randomDouble, randomWithinRange, roundNum } from './math.ts';

afterEach(() => vi.restoreAllMocks());

// https://docs.aws.amazon.com/appsync/latest/devguide/math-helpers-in-util-math-js.html describes these
// functions without example outputs.
describe('util.math.roundNum', () => {
  it('rounds to the nearest integer, halves towards +infinity like java Math.round', () => {
    expect(roundNum(2.4)).toBe(2);
    expect(roundNum(2.5)).toBe(3);
    expect(roundNum(-2.5)).toBe(-2);
    expect(roundNum(-2.51)).toBe(-3);
    expect(roundNum(0.49999999999999994)).toBe(0);
    expect(Object.is(roundNum(-0.4), 0)).toBe(true);
    expect(roundNum(7)).toBe(7);
  });
});

describe('util.math.minVal / maxVal', () => {
  it('picks the smaller / larger of two numbers', () => {
    expect(minVal(3.5, -2)).toBe(-2);
    expect(maxVal(3.5, -2)).toBe(3.5);
    expect(minVal(1, 1)).toBe(1);
    expect(Number.isNaN(maxVal(1, Number.NaN))).toBe(true);
  });
});

describe('util.math random numbers', () => {
  it('randomDouble is in [0, 1)', () => {
    for (let i = 0; i < 200; i += 1) {
      const d = randomDouble();
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(1);
    }
  });

  it('randomWithinRange includes both ends', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(randomWithinRange(5, 10)).toBe(5);
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect(randomWithinRange(5, 10)).toBe(10);
    expect(randomWithinRange(10, 5)).toBe(10);
    expect(randomWithinRange(-3, -3)).toBe(-3);
  });

  it('randomWithinRange stays inside the range with the real generator', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) seen.add(randomWithinRange(1, 4));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('randomWithinRange refuses ranges without an integer', () => {
    expect(() => randomWithinRange(1.2, 1.8)).toThrow(/integer between/);
    expect(() => randomWithinRange(Number.NaN, 3)).toThrow(/integer between/);
  });
});

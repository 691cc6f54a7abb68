// What an admin types becomes the minor units the API stores, and back into the price a shopper reads.
import { describe, expect, it } from 'vitest';
import { currencyDecimals, formatMoney, priceStep, toMinorUnits } from './money.ts';

describe('toMinorUnits', () => {
  it('turns dollars and cents into cents', () => {
    expect(toMinorUnits('19.99', 'USD')).toBe(1999);
    expect(toMinorUnits('19.9', 'USD')).toBe(1990);
    expect(toMinorUnits('19', 'USD')).toBe(1900);
    expect(toMinorUnits('0.07', 'USD')).toBe(7);
    expect(toMinorUnits(' 12.50 ', 'EUR')).toBe(1250);
  });

  it('is exact where floating point is not (0.29 * 100 is 28.999…)', () => {
    expect(toMinorUnits('0.29', 'USD')).toBe(29);
    expect(toMinorUnits('1000000.01', 'USD')).toBe(100000001);
  });

  it('takes yen as they are: JPY has no minor unit', () => {
    expect(toMinorUnits('1500', 'JPY')).toBe(1500);
    expect(toMinorUnits('1500.00', 'JPY')).toBe(1500);
  });

  it('uses three decimals where the currency has them (BHD)', () => {
    expect(toMinorUnits('1.5', 'BHD')).toBe(1500);
    expect(toMinorUnits('0.125', 'BHD')).toBe(125);
  });

  it('refuses fractions the currency cannot hold instead of rounding them away', () => {
    expect(() => toMinorUnits('1500.5', 'JPY')).toThrow('JPY amounts have no decimals: "1500.5"');
    expect(() => toMinorUnits('19.999', 'USD')).toThrow('USD amounts have at most 2 decimals');
  });

  it('refuses what is not a non-negative decimal amount', () => {
    for (const bad of ['', 'abc', '-5', '1e3', '1,50', '.5', '1.2.3']) {
      expect(() => toMinorUnits(bad, 'USD'), bad).toThrow(RangeError);
    }
  });
});

describe('currencyDecimals and priceStep', () => {
  it('follow the currency', () => {
    expect([currencyDecimals('USD'), currencyDecimals('JPY'), currencyDecimals('BHD')]).toEqual([2, 0, 3]);
    expect([priceStep('USD'), priceStep('JPY'), priceStep('BHD')]).toEqual(['0.01', '1', '0.001']);
  });
});

describe('formatMoney', () => {
  it('shows minor units in the currency, with its own decimals', () => {
    expect(formatMoney({ amount: 1999, currency: 'USD' }, 'en-US')).toBe('$19.99');
    expect(formatMoney({ amount: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
    expect(formatMoney({ amount: 1250, currency: 'EUR' }, 'de-DE')).toBe('12,50\u00a0€');
  });

  it('round-trips what toMinorUnits made', () => {
    expect(formatMoney({ amount: toMinorUnits('1500', 'JPY'), currency: 'JPY' }, 'en-US')).toBe('¥1,500');
    expect(formatMoney({ amount: toMinorUnits('0.29', 'USD'), currency: 'USD' }, 'en-US')).toBe('$0.29');
  });
});

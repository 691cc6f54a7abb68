// The storefront's and admin's pricing words: which tax label a breakdown gets, delivery days, percents as basis
// points, and a refused code's reason. The pages themselves run in Chromium (test/web/pricing.test.ts).
import { describe, expect, test } from 'vitest';
import { ShopApiError } from '../../index.ts';
import {
  basisPointsToPercent,
  codeRejection,
  deliveryDays,
  percentToBasisPoints,
  taxIncluded,
} from './pricing-words.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });

function totals(subtotal: number, discount: number, shipping: number, tax: number, total: number) {
  return {
    subtotal: usd(subtotal),
    discount: usd(discount),
    shipping: usd(shipping),
    tax: usd(tax),
    total: usd(total),
  };
}

describe('taxIncluded', () => {
  test('tax added to the total is "Tax"; tax inside it (PricesIncludeTax) is "Including tax"', () => {
    expect(taxIncluded(totals(10_000, 1_000, 500, 783, 10_283))).toBe(false);
    expect(taxIncluded(totals(10_000, 1_000, 500, 1_583, 9_500))).toBe(true);
  });

  test('no tax at all reads as plain "Tax" whatever the stack does', () => {
    expect(taxIncluded(totals(10_000, 0, 500, 0, 10_500))).toBe(false);
  });
});

describe('deliveryDays', () => {
  test.each([
    [2, 5, '2–5 days'],
    [1, 1, '1 day'],
    [3, 3, '3 days'],
    [null, 4, 'up to 4 days'],
    [2, null, 'from 2 days'],
    [null, null, ''],
  ])('%s to %s days is "%s"', (minDays, maxDays, words) => {
    expect(deliveryDays({ minDays, maxDays })).toBe(words);
  });
});

describe('percents as basis points', () => {
  test.each([
    ['8.25', 825],
    ['20', 2000],
    ['7.5', 750],
    ['0', 0],
    ['100', 10_000],
    [' 0.01 ', 1],
  ])('"%s" % is %i basis points', (typed, basisPoints) => {
    expect(percentToBasisPoints(typed)).toBe(basisPoints);
  });

  test.each(['8.255', '-1', '1e2', 'eight', '', '1,5'])('"%s" is refused rather than rounded', (typed) => {
    expect(() => percentToBasisPoints(typed)).toThrow(RangeError);
  });

  test.each([
    [825, '8.25 %'],
    [2000, '20 %'],
    [750, '7.5 %'],
    [0, '0 %'],
    [10_000, '100 %'],
  ])('%i basis points read as %s', (basisPoints, words) => {
    expect(basisPointsToPercent(basisPoints)).toBe(words);
  });
});

describe('codeRejection', () => {
  const refused = (reason: unknown) =>
    new ShopApiError([{ message: 'no', errorType: 'PromotionCodeRejected', errorInfo: { reason } }]);

  test('each reason the contract names has its own words', () => {
    const reasons = ['UNKNOWN', 'INACTIVE', 'NOT_STARTED', 'EXPIRED', 'USED_UP', 'BELOW_MINIMUM', 'ALREADY_USED'];
    const words = reasons.map((reason) => codeRejection(refused(reason)));
    expect(words[0]).toBe('This code does not exist.');
    expect(new Set(words).size).toBe(reasons.length);
    expect(words.every((w) => w && w !== 'no')).toBe(true);
  });

  test("an unknown reason falls back to the API's message; other errors are not a refused code", () => {
    expect(codeRejection(refused('SOMETHING_NEW'))).toBe('no');
    expect(codeRejection(new ShopApiError([{ message: 'changed', errorType: 'ConflictError' }]))).toBeUndefined();
    expect(codeRejection(new Error('offline'))).toBeUndefined();
  });
});

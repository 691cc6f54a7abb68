// The pricing arithmetic (resolvers/lib/pricing.ts): worked examples a shop's accountant would check,
// then properties over random carts, rates, codes and methods (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, divideRounded, priceOrder, taxOn, type PriceInput } from '../../resolvers/lib/pricing.ts';

describe('rounding half away from zero', () => {
  it.each([
    [5, 2, 3],
    [-5, 2, -3],
    [4, 3, 1],
    [5, 3, 2],
    [0, 7, 0],
    [1649, 10, 165],
    [1644, 10, 164],
  ])('%i / %i is %i', (n, d, expected) => {
    expect(divideRounded(n, d)).toBe(expected);
  });

  it('matches exact rational rounding for any integers a computation can meet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 50 }), fc.integer({ min: 1, max: 20_000 }), (n, d) => {
        const q = BigInt(n) / BigInt(d);
        const r = BigInt(n) % BigInt(d);
        const expected = Number(2n * r >= BigInt(d) ? q + 1n : q);
        expect(divideRounded(n, d)).toBe(expected);
      }),
    );
  });
});

describe('worked examples', () => {
  const base: PriceInput = { lineTotals: [], discount: null, shipping: null, taxRate: 0, pricesIncludeTax: false };

  it('US style: 8.25 % sales tax on each discounted line and on shipping, added to the total', () => {
    const priced = priceOrder({
      ...base,
      lineTotals: [1999, 2500],
      discount: { percentOff: 10 },
      shipping: { price: 500, freeOver: null },
      taxRate: 825,
    });
    // discount round(4499 × 10 %) = 450, shared 200 + 250 (cumulative rounding of 199.9 → 200)
    expect(priced.lineDiscounts).toEqual([200, 250]);
    // tax: round(1799 × 8.25 %) = 148 (148.41), round(2250 × 8.25 %) = 186 (185.625), shipping 41 (41.25)
    expect(priced.lineTaxes).toEqual([148, 186]);
    expect(priced.shippingTax).toBe(41);
    expect(priced).toMatchObject({ subtotal: 4499, discount: 450, shipping: 500, tax: 375, total: 4924 });
  });

  it('EU style: 20 % VAT included in the prices is shown, not added', () => {
    const priced = priceOrder({
      ...base,
      lineTotals: [1200, 999],
      shipping: { price: 600 },
      taxRate: 2000,
      pricesIncludeTax: true,
    });
    // 1200 − round(1200 / 1.2) = 200; 999 − round(832.5) = 166; 600 − 500 = 100
    expect(priced).toMatchObject({ subtotal: 2199, discount: 0, shipping: 600, tax: 466, total: 2799 });
  });

  it('free shipping once the subtotal after the discount reaches the threshold', () => {
    const method = { price: 700, freeOver: 5000 };
    expect(priceOrder({ ...base, lineTotals: [5000], shipping: method }).shipping).toBe(0);
    expect(priceOrder({ ...base, lineTotals: [5000], shipping: method, discount: { amountOff: 1 } }).shipping).toBe(
      700,
    );
  });

  it('an amount off larger than the cart takes the subtotal and no more', () => {
    const priced = priceOrder({ ...base, lineTotals: [300, 200], discount: { amountOff: 10_000 }, taxRate: 1900 });
    expect(priced).toMatchObject({ subtotal: 500, discount: 500, tax: 0, total: 0 });
  });
});

const money = fc.integer({ min: 0, max: 99 * 100_000_000 });
const priceInput = fc.record({
  lineTotals: fc.array(money, { minLength: 0, maxLength: 50 }),
  discount: fc.oneof(
    fc.constant(null),
    fc.record({ percentOff: fc.integer({ min: 1, max: 100 }) }),
    fc.record({ amountOff: fc.integer({ min: 1, max: 100_000_000 }) }),
  ),
  shipping: fc.oneof(
    fc.constant(null),
    fc.record({
      price: fc.integer({ min: 0, max: 100_000_000 }),
      freeOver: fc.option(fc.integer({ min: 0, max: 100_000_000 })),
    }),
  ),
  taxRate: fc.integer({ min: 0, max: 10_000 }),
  pricesIncludeTax: fc.boolean(),
});

describe('properties over random carts, codes, methods and rates', () => {
  it('the parts add up to the total exactly, and nothing is negative', () => {
    fc.assert(
      fc.property(priceInput, (input) => {
        const p = priceOrder(input);
        const expected = p.subtotal - p.discount + p.shipping + (input.pricesIncludeTax ? 0 : p.tax);
        expect(p.total).toBe(expected);
        for (const part of [p.subtotal, p.discount, p.shipping, p.tax, p.total]) {
          expect(Number.isSafeInteger(part)).toBe(true);
          expect(part).toBeGreaterThanOrEqual(0);
        }
        expect(p.lineDiscounts.reduce((a, b) => a + b, 0)).toBe(p.discount);
        expect(p.lineTaxes.reduce((a, b) => a + b, 0) + p.shippingTax).toBe(p.tax);
      }),
      { numRuns: 2000 },
    );
  });

  it('the discount never exceeds the subtotal, nor any line its own share', () => {
    fc.assert(
      fc.property(priceInput, (input) => {
        const p = priceOrder(input);
        expect(p.discount).toBeLessThanOrEqual(p.subtotal);
        p.lineDiscounts.forEach((share, i) => {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(input.lineTotals[i] ?? 0);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('included tax is never more than the amount it is part of', () => {
    fc.assert(
      fc.property(money, fc.integer({ min: 0, max: 10_000 }), (amount, rate) => {
        const tax = taxOn(amount, rate, true);
        expect(tax).toBeGreaterThanOrEqual(0);
        expect(tax).toBeLessThanOrEqual(amount);
      }),
    );
  });

  it('shares follow the lines: a line of 0 gets nothing', () => {
    fc.assert(
      fc.property(fc.array(money, { minLength: 1, maxLength: 50 }), fc.nat(), (lines, seed) => {
        const subtotal = lines.reduce((a, b) => a + b, 0);
        const amount = subtotal === 0 ? 0 : seed % (subtotal + 1);
        const shares = allocate(amount, lines);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(amount);
        lines.forEach((line, i) => {
          if (line === 0) expect(shares[i]).toBe(0);
        });
      }),
    );
  });
});

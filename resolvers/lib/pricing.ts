// What an order costs, from stored prices, rates, method and code (docs/pricing.md). Pure integer
// arithmetic in minor units, shared by quoteCart and checkout so a quote and its order never differ.
// Rounding is half away from zero; tax is rounded per line; the parts always add up to the total.

export interface DiscountRule {
  percentOff?: number | null;
  amountOff?: number | null;
}

export interface ShippingRule {
  price: number;
  freeOver?: number | null;
}

export interface PriceInput {
  /** each cart line's unit price × quantity */
  lineTotals: number[];
  discount: DiscountRule | null;
  shipping: ShippingRule | null;
  /** the destination's rate in basis points (0 when it has none) */
  taxRate: number;
  /** the stack parameter PricesIncludeTax: tax is part of the prices, shown but not added */
  pricesIncludeTax: boolean;
}

export interface PricedOrder {
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  /** each line's share of the discount, in line order; they add up to `discount` */
  lineDiscounts: number[];
  /** each line's tax after its discount, in line order; with `shippingTax` they add up to `tax` */
  lineTaxes: number[];
  shippingTax: number;
}

export const BASIS_POINTS = 10000;

/** n / d for integers n and d > 0, rounded half away from zero (exact while n stays below 2^53). */
export function divideRounded(n: number, d: number): number {
  const negative = n < 0;
  const a = negative ? -n : n;
  let q = Math.floor(a / d);
  let r = a - q * d;
  // a float quotient may land one off near a multiple; the remainder puts it right
  if (r < 0) {
    q = q - 1;
    r = r + d;
  }
  if (r >= d) {
    q = q + 1;
    r = r - d;
  }
  const rounded = 2 * r >= d ? q + 1 : q;
  return negative ? -rounded : rounded;
}

/** The whole discount: a percent of the subtotal (rounded once) or an amount, never above the subtotal. */
export function discountOf(subtotal: number, rule: DiscountRule | null): number {
  if (!rule || subtotal <= 0) return 0;
  const percent = rule.percentOff ?? 0;
  const wanted = percent > 0 ? divideRounded(subtotal * percent, 100) : (rule.amountOff ?? 0);
  return Math.max(0, Math.min(wanted, subtotal));
}

/**
 * Shares of `amount` in proportion to the lines: each line gets round(amount × before-and-including /
 * subtotal) less what the lines before got, so the shares add up to `amount` exactly, none is negative and
 * none exceeds its line.
 */
export function allocate(amount: number, lineTotals: number[]): number[] {
  const subtotal = lineTotals.reduce((sum, line) => sum + line, 0);
  if (amount <= 0 || subtotal <= 0) return lineTotals.map(() => 0);
  const shares: number[] = [];
  let running = 0;
  let given = 0;
  lineTotals.forEach((line, i) => {
    running = running + line;
    const upTo = i === lineTotals.length - 1 ? amount : divideRounded(amount * running, subtotal);
    shares.push(upTo - given);
    given = upTo;
  });
  return shares;
}

/** The tax in an amount: added on top (`rate` of it) or contained in it (amount − amount / (1 + rate)). */
export function taxOn(amount: number, rate: number, included: boolean): number {
  if (amount <= 0 || rate <= 0) return 0;
  if (!included) return divideRounded(amount * rate, BASIS_POINTS);
  return amount - divideRounded(amount * BASIS_POINTS, BASIS_POINTS + rate);
}

/** Shipping's price, or 0 when the discounted subtotal reaches the method's free-over threshold. */
export function shippingOf(discountedSubtotal: number, rule: ShippingRule | null): number {
  if (!rule) return 0;
  const free = rule.freeOver;
  if (free !== null && free !== undefined && discountedSubtotal >= free) return 0;
  return rule.price;
}

export function priceOrder(input: PriceInput): PricedOrder {
  const subtotal = input.lineTotals.reduce((sum, line) => sum + line, 0);
  const discount = discountOf(subtotal, input.discount);
  const lineDiscounts = allocate(discount, input.lineTotals);
  const shipping = shippingOf(subtotal - discount, input.shipping);
  const included = input.pricesIncludeTax;
  const lineTaxes = input.lineTotals.map((line, i) => taxOn(line - (lineDiscounts[i] ?? 0), input.taxRate, included));
  const shippingTax = taxOn(shipping, input.taxRate, included);
  const tax = lineTaxes.reduce((sum, t) => sum + t, 0) + shippingTax;
  const total = subtotal - discount + shipping + (included ? 0 : tax);
  return { subtotal, discount, shipping, tax, total, lineDiscounts, lineTaxes, shippingTax };
}

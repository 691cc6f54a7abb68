// Prices and codes in words, with no React in them (unit-tested beside): tax included or added, delivery days, a
// percent typed by an admin as the basis points the API takes, and a refused promotion code's reason.
import { ShopApiError, type ShippingMethodFieldsFragment, type TotalsFieldsFragment } from '../../index.ts';

/**
 * Prices include tax when the total is subtotal − discount + shipping (the stack's PricesIncludeTax=true): the tax
 * is then a part of the total already, shown as "Including tax", not added to it (contract: Totals).
 */
export function taxIncluded(totals: TotalsFieldsFragment): boolean {
  const { subtotal, discount, shipping, tax, total } = totals;
  return tax.amount !== 0 && total.amount === subtotal.amount - discount.amount + shipping.amount;
}

/** "3–5 days", "2 days", "up to 5 days", "from 3 days", or '' when the method says nothing. */
export function deliveryDays(method: Pick<ShippingMethodFieldsFragment, 'minDays' | 'maxDays'>): string {
  const { minDays: min, maxDays: max } = method;
  if (min != null && max != null) return min === max ? `${min} day${min === 1 ? '' : 's'}` : `${min}–${max} days`;
  if (max != null) return `up to ${max} day${max === 1 ? '' : 's'}`;
  if (min != null) return `from ${min} day${min === 1 ? '' : 's'}`;
  return '';
}

const PERCENT = /^(\d{1,3})(?:\.(\d{0,2}))?$/;

/** "8.25" → 825 basis points, worked on the digits (no floating point); more than two decimals is refused. */
export function percentToBasisPoints(typed: string): number {
  const match = PERCENT.exec(typed.trim());
  if (!match) throw new RangeError(`"${typed}" is not a percent with at most two decimals, e.g. 8.25`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 825 → "8.25 %", 2000 → "20 %". */
export function basisPointsToPercent(rate: number): string {
  return `${(rate / 100).toFixed(2).replace(/\.?0+$/, '')} %`;
}

/** PromotionCodeRejected's errorInfo.reason (contract: quoteCart) in words a shopper can act on. */
const CODE_REASONS: Record<string, string> = {
  UNKNOWN: 'This code does not exist.',
  INACTIVE: 'This code is not active.',
  NOT_STARTED: 'This code is not valid yet.',
  EXPIRED: 'This code has expired.',
  USED_UP: 'This code has been used up.',
  BELOW_MINIMUM: 'Your order is below the minimum for this code.',
  ALREADY_USED: 'You have already used this code.',
};

/** Why the code was refused, or undefined when the error is not a refused code. */
export function codeRejection(error: unknown): string | undefined {
  if (!(error instanceof ShopApiError) || error.errorType !== 'PromotionCodeRejected') return undefined;
  const first = error.errors[0];
  return CODE_REASONS[String(first?.errorInfo?.['reason'])] ?? first?.message ?? 'This code cannot be used.';
}

// What pricing reads and how it decides (docs/pricing.md): the keys quoteCart and checkout add to their
// one BatchGetItem (tax rates of the country and region, the method, the code and the caller's use of
// it), the checks that refuse a method or a code, and the totals from what was read.
import { util, type Context } from '@aws-appsync/utils';
import { fail } from './errors.ts';
import {
  promotionCodeKey,
  redemptionKey,
  shippingMethodKey,
  taxRateKey,
  type TableKey,
} from '../../contracts/table-keys.ts';
import { priceOrder, type PricedOrder } from './pricing.ts';
import type { PromotionCodeItem, ShippingMethodItem, TaxRateItem } from './pricing-items.ts';
import type { Address } from './schema-types.ts';

/** What the shopper chose, normalised: region and code upper case; a code that cannot exist is kept as typed. */
export interface PricingChoice {
  country: string;
  region: string | null;
  shippingMethodId: string | null;
  /** upper case, or null when none was given */
  code: string | null;
  /** false when the typed code cannot be a code at all (it is then UNKNOWN without a read) */
  codeReadable: boolean;
}

export interface PricingRead {
  countryRate: TaxRateItem | null;
  regionRate: TaxRateItem | null;
  method: ShippingMethodItem | null;
  promotion: PromotionCodeItem | null;
  /** the caller has an order placed with the code */
  redeemed: boolean;
}

export type RejectionReason =
  'UNKNOWN' | 'INACTIVE' | 'NOT_STARTED' | 'EXPIRED' | 'USED_UP' | 'BELOW_MINIMUM' | 'ALREADY_USED';

const CODE_PATTERN = '[A-Z0-9_-]{3,32}';

/** The stack parameter PricesIncludeTax, as resolvers get it in PRICES_INCLUDE_TAX (`false` when absent). */
export function pricesIncludeTax(ctx: Context): boolean {
  const env = ctx.env as Record<string, string | undefined> | undefined;
  return env?.PRICES_INCLUDE_TAX === 'true';
}

export function pricingChoice(address: Address, methodId: unknown, code: unknown): PricingChoice {
  const typed = typeof code === 'string' ? code.trim().toUpperCase() : '';
  const region = (address.region ?? '').trim().toUpperCase();
  const id = typeof methodId === 'string' && methodId.length > 0 ? methodId : null;
  return {
    country: address.country,
    region: region.length > 0 && region.length <= 100 ? region : null,
    shippingMethodId: id,
    code: typed.length > 0 ? typed : null,
    codeReadable: util.matches(CODE_PATTERN, typed),
  };
}

/** At most 5 keys, read in the same BatchGetItem as the cart. */
export function pricingKeys(sub: string, choice: PricingChoice): TableKey[] {
  const keys = [taxRateKey(choice.country, null)];
  if (choice.region) keys.push(taxRateKey(choice.country, choice.region));
  // an id is a ULID made by the API; anything longer is unknown without a read
  if (choice.shippingMethodId && choice.shippingMethodId.length <= 64)
    keys.push(shippingMethodKey(choice.shippingMethodId));
  if (choice.code && choice.codeReadable) {
    keys.push(promotionCodeKey(choice.code));
    keys.push(redemptionKey(sub, choice.code));
  }
  return keys;
}

/** Sorts the pricing items out of a BatchGetItem's items (null entries are missing keys). */
export function pricingRead(items: unknown[], choice: PricingChoice): PricingRead {
  const read: PricingRead = { countryRate: null, regionRate: null, method: null, promotion: null, redeemed: false };
  for (const item of items) {
    const stored = item as { pk?: string; sk?: string } | null;
    const sk = stored?.sk ?? '';
    if (stored?.pk === `TAXRATE#${choice.country}` && sk === 'TAXRATE') read.countryRate = item as TaxRateItem;
    if (stored?.pk === `TAXRATE#${choice.country}` && sk !== 'TAXRATE') read.regionRate = item as TaxRateItem;
    if (sk === 'SHIPPINGMETHOD') read.method = item as ShippingMethodItem;
    if (sk === 'PROMOCODE') read.promotion = item as PromotionCodeItem;
    if (sk.startsWith('REDEMPTION#')) read.redeemed = true;
  }
  return read;
}

/** The rate that applies: the region's when it has one, else the country's, else none. */
export function applicableRate(read: PricingRead): TaxRateItem | null {
  return read.regionRate ?? read.countryRate;
}

/** ValidationError unless the chosen method exists, is active and serves the country. */
export function checkMethod(read: PricingRead, choice: PricingChoice, field: string): void {
  if (!choice.shippingMethodId) return;
  const method = read.method;
  if (!method || !method.active)
    fail(`${field}: no active shipping method with this id`, 'ValidationError', {
      fields: [field],
    });
  if ((method?.countries ?? []).indexOf(choice.country) < 0)
    fail(`${field}: this method does not ship to ${choice.country}`, 'ValidationError', { fields: [field] });
}

/** Why the code cannot apply to this subtotal now, or null when it can. */
export function rejectionOf(read: PricingRead, subtotal: number, nowMillis: number): RejectionReason | null {
  const code = read.promotion;
  if (!code) return 'UNKNOWN';
  if (!code.active) return 'INACTIVE';
  if (code.startsAt && nowMillis < util.time.parseISO8601ToEpochMilliSeconds(code.startsAt)) return 'NOT_STARTED';
  if (code.endsAt && nowMillis >= util.time.parseISO8601ToEpochMilliSeconds(code.endsAt)) return 'EXPIRED';
  if (code.maxRedemptions !== null && code.maxRedemptions !== undefined && code.redemptions >= code.maxRedemptions)
    return 'USED_UP';
  if (code.minSubtotal !== null && code.minSubtotal !== undefined && subtotal < code.minSubtotal)
    return 'BELOW_MINIMUM';
  if (code.oncePerCustomer && read.redeemed) return 'ALREADY_USED';
  return null;
}

const REJECTION_MESSAGES: Record<RejectionReason, string> = {
  UNKNOWN: 'there is no such promotion code',
  INACTIVE: 'this promotion code is not active',
  NOT_STARTED: 'this promotion code is not valid yet',
  EXPIRED: 'this promotion code has expired',
  USED_UP: 'this promotion code has been used up',
  BELOW_MINIMUM: 'the subtotal is below this promotion code’s minimum',
  ALREADY_USED: 'you have already used this promotion code',
};

export function rejectCode(field: string, code: string, reason: RejectionReason): never {
  return fail(`${field}: ${REJECTION_MESSAGES[reason]}`, 'PromotionCodeRejected', { reason, code, fields: [field] });
}

/** The totals for these line totals and choices; a code that cannot apply is a PromotionCodeRejected. */
export function priceChoice(
  ctx: Context,
  lineTotals: number[],
  choice: PricingChoice,
  read: PricingRead,
  field: string,
): PricedOrder {
  const subtotal = lineTotals.reduce((sum, line) => sum + line, 0);
  if (choice.code) {
    const reason = choice.codeReadable ? rejectionOf(read, subtotal, util.time.nowEpochMilliSeconds()) : 'UNKNOWN';
    if (reason) rejectCode(`${field}.promotionCode`, choice.code, reason);
  }
  const useMethod = !!choice.shippingMethodId && !!read.method;
  const useCode = !!choice.code && !!read.promotion;
  return priceOrder({
    lineTotals,
    discount: useCode ? read.promotion : null,
    shipping: useMethod ? read.method : null,
    taxRate: applicableRate(read)?.rate ?? 0,
    pricesIncludeTax: pricesIncludeTax(ctx),
  });
}

// Shipping methods, tax rates and promotion codes as stored (docs/data-model.md, "Pricing") and how
// they read as GraphQL types. Every admin write sets a fresh `revision`; checkout's transaction checks
// the revisions it priced with, so a change between quote and commit is a ConflictError.
import type { PromotionCode, ShippingMethod, TaxRate } from './schema-types.ts';

export interface ShippingMethodItem {
  id: string;
  name: string;
  /** upper case, sorted, unique */
  countries: string[];
  price: number;
  freeOver?: number | null;
  minDays?: number | null;
  maxDays?: number | null;
  active: boolean;
  revision: string;
  createdAt: string;
  updatedAt: string;
}

export interface TaxRateItem {
  country: string;
  /** upper case; absent for the country-wide rate */
  region?: string | null;
  /** basis points, 0–10000 */
  rate: number;
  name: string;
  revision: string;
  updatedAt: string;
}

export interface PromotionCodeItem {
  /** upper case */
  code: string;
  percentOff?: number | null;
  amountOff?: number | null;
  minSubtotal?: number | null;
  startsAt?: string | null;
  endsAt?: string | null;
  maxRedemptions?: number | null;
  oncePerCustomer: boolean;
  active: boolean;
  /** counted by checkout's transaction, given back when an unpaid order is cancelled or expires */
  redemptions: number;
  revision: string;
  createdAt: string;
  updatedAt: string;
}

export function toShippingMethod(item: ShippingMethodItem, currency: string): ShippingMethod {
  const free = item.freeOver;
  return {
    id: item.id,
    name: item.name,
    countries: item.countries ?? [],
    price: { amount: item.price, currency },
    freeOver: free === null || free === undefined ? null : { amount: free, currency },
    minDays: item.minDays ?? null,
    maxDays: item.maxDays ?? null,
    active: item.active,
  };
}

export function toTaxRate(item: TaxRateItem): TaxRate {
  return { country: item.country, region: item.region ?? null, rate: item.rate, name: item.name };
}

export function toPromotionCode(item: PromotionCodeItem): PromotionCode {
  return {
    code: item.code,
    percentOff: item.percentOff ?? null,
    amountOff: item.amountOff ?? null,
    minSubtotal: item.minSubtotal ?? null,
    startsAt: item.startsAt ?? null,
    endsAt: item.endsAt ?? null,
    maxRedemptions: item.maxRedemptions ?? null,
    oncePerCustomer: !!item.oncePerCustomer,
    active: !!item.active,
    redemptions: item.redemptions ?? 0,
    createdAt: item.createdAt,
  };
}

/** Whether `a` comes before `b` for a shopper: cheaper first, then by name. */
function cheaperThan(a: ShippingMethodItem, b: ShippingMethodItem): boolean {
  return a.price !== b.price ? a.price < b.price : a.name < b.name;
}

/** Methods a shopper may choose for a country: active, serving it, cheapest first, then by name. */
export function methodsServing(items: ShippingMethodItem[], country: string): ShippingMethodItem[] {
  // insertion sort: APPSYNC_JS takes no comparator for Array.prototype.sort, and there are ≤ 100 methods
  const sorted: ShippingMethodItem[] = [];
  for (const method of items) {
    if (method.active && (method.countries ?? []).indexOf(country) >= 0) {
      const at = sorted.findIndex((other) => cheaperThan(method, other));
      sorted.splice(at < 0 ? sorted.length : at, 0, method);
    }
  }
  return sorted;
}

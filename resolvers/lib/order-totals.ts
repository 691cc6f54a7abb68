// The parts of a price as stored on an order and as read (Totals). Orders placed before pricing existed
// carry only subtotal and total (equal): they read as no discount, no shipping and no tax.
import type { Totals } from './schema-types.ts';

export interface TotalsItem {
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
}

/** What an order was placed with, kept on the order so later admin changes never alter it. */
export interface OrderPricingItem {
  totals?: TotalsItem | null;
  shippingMethod?: { id: string; name: string; price: number } | null;
  /** upper case */
  promotionCode?: string | null;
  /** the rate applied, for receipts and refunds; null when the destination had none */
  taxRate?: { country: string; region?: string | null; rate: number; name: string } | null;
  /** the stack's PricesIncludeTax when the order was placed */
  pricesIncludeTax?: boolean;
}

export function toTotals(parts: TotalsItem, currency: string): Totals {
  return {
    subtotal: { amount: parts.subtotal, currency },
    discount: { amount: parts.discount, currency },
    shipping: { amount: parts.shipping, currency },
    tax: { amount: parts.tax, currency },
    total: { amount: parts.total, currency },
  };
}

export function storedTotals(order: { subtotal: number; total: number; totals?: TotalsItem | null }): TotalsItem {
  if (order.totals) return order.totals;
  return { subtotal: order.subtotal, discount: 0, shipping: 0, tax: 0, total: order.total };
}

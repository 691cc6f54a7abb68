// Orders as stored (one item each: lines, address and history inline, so a page of orders is one
// Query) and how they read as GraphQL types (docs/data-model.md).
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { Context } from '@aws-appsync/utils';
import { raiseDataSourceError } from './errors.ts';
import type { orderListingIndex } from '../../contracts/table-keys.ts';
import type { Address, Order, OrderStatus } from './schema-types.ts';
import { nextStatuses } from './order-status.ts';
import { toPayment, type PaymentItem } from './payments.ts';
import { invalidToken } from './page-token.ts';
import { storedTotals, toTotals, type OrderPricingItem } from './order-totals.ts';

export interface OrderLineItem {
  sku: string;
  productId: string;
  name: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  /** the line's share of the order's discount (absent on orders placed before pricing) */
  discount?: number;
  /** the tax on the line after its discount */
  tax?: number;
}

export interface StatusChangeItem {
  status: OrderStatus;
  at: string;
  note: string | null;
}

export interface OrderItem extends OrderPricingItem {
  id: string;
  customerId: string;
  status: OrderStatus;
  lines: OrderLineItem[];
  subtotal: number;
  total: number;
  /** The shop's currency when the order was placed. */
  currency: string;
  shippingAddress: Address;
  statusHistory: StatusChangeItem[];
  idempotencyKey: string;
  /** absent before the first startPayment (lib/payments.ts) */
  payment?: PaymentItem | null;
  createdAt: string;
  updatedAt: string;
}

export function toOrder(item: OrderItem): Order {
  const currency = item.currency;
  return {
    id: item.id,
    customerId: item.customerId,
    status: item.status,
    lines: (item.lines ?? []).map((line) => ({
      sku: line.sku,
      productId: line.productId,
      name: line.name,
      quantity: line.quantity,
      unitPrice: { amount: line.unitPrice, currency },
      lineTotal: { amount: line.lineTotal, currency },
    })),
    subtotal: { amount: item.subtotal, currency },
    total: { amount: item.total, currency },
    totals: toTotals(storedTotals(item), currency),
    shippingMethod: item.shippingMethod
      ? {
          id: item.shippingMethod.id,
          name: item.shippingMethod.name,
          price: { amount: item.shippingMethod.price, currency },
        }
      : null,
    promotionCode: item.promotionCode ?? null,
    shippingAddress: item.shippingAddress,
    statusHistory: (item.statusHistory ?? []).map((change) => ({
      status: change.status,
      at: change.at,
      note: change.note ?? null,
    })),
    nextStatuses: nextStatuses(item.status),
    // Left out (GraphQL null) before the first startPayment.
    payment: toPayment(item.payment, currency) ?? undefined,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

/** One page of a listing Query: each order is one item, so a page costs one call. */
export function toOrderPage(result: unknown): { items: Order[]; nextToken: string | null } {
  const page = result as { items?: OrderItem[]; nextToken?: string | null } | null;
  return { items: (page?.items ?? []).map((item) => toOrder(item)), nextToken: page?.nextToken ?? null };
}

/** One page of an order listing, newest first: a single Query of the listing's index. */
export function queryOrderPage(
  listing: ReturnType<typeof orderListingIndex>,
  limit: number,
  nextToken?: string | null,
) {
  return ddb.query({
    index: listing.index,
    query: { [listing.partitionAttribute]: { eq: listing.partition } },
    scanIndexForward: false,
    limit,
    nextToken: nextToken ?? undefined,
  });
}

/** The page, or the listing's errors: a token from another listing is the caller's mistake. */
export function orderPageResponse(ctx: Context<{ nextToken?: string | null }>) {
  if (ctx.error && ctx.args.nextToken && ctx.error.message.indexOf('nextToken') >= 0) {
    invalidToken();
  }
  raiseDataSourceError(ctx.error);
  return toOrderPage(ctx.result);
}

// Orders as stored (one item each: lines, address and history inline, so a page of orders is one
// Query) and how they read as GraphQL types (docs/data-model.md).
import type { Address, Order, OrderStatus } from './schema-types.ts';
import { nextStatuses } from './order-status.ts';

export interface OrderLineItem {
  sku: string;
  productId: string;
  name: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
}

export interface StatusChangeItem {
  status: OrderStatus;
  at: string;
  note: string | null;
}

export interface OrderItem {
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
    shippingAddress: item.shippingAddress,
    statusHistory: (item.statusHistory ?? []).map((change) => ({
      status: change.status,
      at: change.at,
      note: change.note ?? null,
    })),
    nextStatuses: nextStatuses(item.status),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

/** One page of a listing Query: each order is one item, so a page costs one call. */
export function toOrderPage(result: unknown): { items: Order[]; nextToken: string | null } {
  const page = result as { items?: OrderItem[]; nextToken?: string | null } | null;
  return { items: (page?.items ?? []).map((item) => toOrder(item)), nextToken: page?.nextToken ?? null };
}

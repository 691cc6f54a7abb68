// The order state machine: the contract's one transition table. updateOrderStatus, cancelOrder
// and Order.nextStatuses all read it from here.
import type { OrderStatus } from './schema-types.ts';

export const TRANSITIONS: Record<OrderStatus, OrderStatus[]> = {
  PENDING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['FULFILLING', 'CANCELLED', 'REFUNDED'],
  FULFILLING: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: ['REFUNDED'],
  CANCELLED: [],
  REFUNDED: [],
};

/** Statuses a customer may cancel their own order from (a subset of the table's → CANCELLED). */
export const CUSTOMER_CANCELLABLE: OrderStatus[] = ['PENDING_PAYMENT', 'PAID'];

export function nextStatuses(status: OrderStatus): OrderStatus[] {
  return TRANSITIONS[status] ?? [];
}

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return nextStatuses(from).indexOf(to) >= 0;
}

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && Object.hasOwn(TRANSITIONS, value);
}

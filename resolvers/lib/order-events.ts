// The internal publish mutations receive an order item as the table stores it (a stream record's
// new image) and answer it as an Order, so subscribers see exactly what the order resolvers show.
import { fail } from './errors.ts';
import { isOrderStatus } from './order-status.ts';
import { toOrder, type OrderItem } from './orders.ts';
import type { Order } from './schema-types.ts';

export function orderOfEvent(item: unknown): Order {
  const order = item as (Partial<OrderItem> & { entity?: unknown }) | null;
  const valid = !!order && order.entity === 'Order' && typeof order.id === 'string' && isOrderStatus(order.status);
  if (!valid) fail('item is not an order item of the table', 'ValidationError', { fields: ['item'] });
  return toOrder(order as OrderItem);
}

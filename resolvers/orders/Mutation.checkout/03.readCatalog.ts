// Prices and names for every line: the variants and their products in one consistent
// BatchGetItem (≤ 100 keys), and the order to write, built from them — never from the client.
import { runtime, util, type Context } from '@aws-appsync/utils';
import { batchGetCatalog, catalogRead, lineName, type CartRecord } from '../../lib/cart.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { OrderItem, OrderLineItem } from '../../lib/orders.ts';

export function request(ctx: Context) {
  if (ctx.stash.orderId) runtime.earlyReturn(null);
  return batchGetCatalog(ctx.env, (ctx.stash.cart as CartRecord).lines);
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const read = catalogRead(ctx.env, ctx.result);
  const lines: OrderLineItem[] = (ctx.stash.cart as CartRecord).lines.map((line) => {
    const variant = read.variants[line.sku];
    // a vanished variant keeps price 0 here; its decrement's condition then refuses the order
    const unitPrice = variant?.price ?? 0;
    return {
      sku: line.sku,
      productId: line.productId,
      name: lineName(variant, read.products[line.productId], line.sku),
      quantity: line.quantity,
      unitPrice,
      lineTotal: unitPrice * line.quantity,
    };
  });
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal, 0);
  const now = util.time.nowISO8601();
  const order: OrderItem = {
    id: util.autoUlid(),
    customerId: ctx.stash.sub as string,
    status: 'PENDING_PAYMENT',
    lines,
    subtotal,
    total: subtotal,
    currency: shopCurrency(ctx),
    shippingAddress: ctx.stash.address as OrderItem['shippingAddress'],
    statusHistory: [{ status: 'PENDING_PAYMENT', at: now, note: null }],
    idempotencyKey: ctx.stash.key as string,
    createdAt: now,
    updatedAt: now,
  };
  ctx.stash.order = order;
  return null;
}

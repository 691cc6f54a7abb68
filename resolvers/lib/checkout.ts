// Checkout's one write and how its refusal reads (docs/data-model.md, "Checkout"). The
// TransactWriteItems holds, in this order: one conditional stock decrement per line, the order,
// the idempotency record, the cart's removal, then what pricing relied on (lib/checkout-pricing.ts:
// the method, ≤ 2 tax rates, the code's counted redemption, the customer's use) — at most
// 50 + 3 + 5 = 58 of DynamoDB's 100 items.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { VariantItem } from './catalog.ts';
import type { CartRecord } from './cart.ts';
import { cancellationReasons, conditionFailed, fail, raiseDataSourceError, type CancellationReason } from './errors.ts';
import { tableName, withoutNulls } from './items.ts';
import { cartKey, checkoutKey, orderKey, orderListingKeys, variantKey } from '../../contracts/table-keys.ts';
import type { OrderItem } from './orders.ts';
import { pricingItems, pricingRefusal, type PricingRole } from './checkout-pricing.ts';
import type { PricingChoice, PricingRead } from './pricing-reads.ts';

/** Attempts at the transaction when DynamoDB reports a TransactionConflict (04, 05, 06), then 07 reads the key. */
export const PLACE_ATTEMPTS = 3;

/** The largest total an order may have: 50 lines of 99 units at the highest price, plus shipping and tax. */
export const MAX_ORDER_TOTAL = 1000000000000;

export function placeOrderRequest(ctx: Context) {
  const order = ctx.stash.order as OrderItem;
  const cart = ctx.stash.cart as CartRecord;
  const sub = ctx.stash.sub as string;
  const table = tableName(ctx.env);
  const absent = { pk: { attributeExists: false } };
  const items: unknown[] = order.lines.map((line) => ({
    updateItem: {
      table,
      key: variantKey(line.sku),
      update: { stock: ddb.operations.decrement(line.quantity) },
      // the price condition makes "the prices read in the same step" true at commit time
      condition: { stock: { ge: line.quantity }, productStatus: { eq: 'ACTIVE' }, price: { eq: line.unitPrice } },
    },
  }));
  items.push({
    putItem: {
      table,
      key: orderKey(order.id),
      item: withoutNulls({ entity: 'Order', ...order, ...orderListingKeys(order.id, sub, order.status) }),
      condition: absent,
    },
  });
  items.push({
    putItem: {
      table,
      key: checkoutKey(sub, order.idempotencyKey),
      item: { entity: 'CheckoutKey', customerId: sub, orderId: order.id, createdAt: order.createdAt },
      condition: absent,
    },
  });
  items.push({ deleteItem: { table, key: cartKey(sub), condition: { version: { eq: cart.version } } } });
  const pricing = pricingItems(table, order, ctx.stash.choice as PricingChoice, ctx.stash.pricing as PricingRead);
  ctx.stash.pricingRoles = pricing.map((entry) => entry.role);
  for (const entry of pricing) items.push(entry.item);
  return ddb.transactWrite({ items: items as Parameters<typeof ddb.transactWrite>[0]['items'] });
}

/** A line is short when its variant is gone, not ACTIVE, or has less stock than the line's quantity. */
function isShort(reason: CancellationReason, quantity: number): boolean {
  const stored = reason.item as Partial<VariantItem> | null | undefined;
  return !stored || stored.productStatus !== 'ACTIVE' || typeof stored.stock !== 'number' || stored.stock < quantity;
}

/**
 * Success: the order stands (stash.placed). Refused: the cancellation reasons, by index, say why —
 * the idempotency record already there means a retry of a placed order (answer that order); short
 * lines are InsufficientStock naming their SKUs; a TransactionConflict is tried again.
 */
export function placeOrderResponse(ctx: Context, attempt: number) {
  if (!ctx.error) {
    ctx.stash.placed = true;
    ctx.stash.retry = false;
    return null;
  }
  const order = ctx.stash.order as OrderItem;
  const reasons = cancellationReasons(ctx.result);
  const n = order.lines.length;
  const keyReason = reasons[n + 1];
  if (conditionFailed(keyReason)) {
    ctx.stash.retry = false;
    const orderId = (keyReason?.item as { orderId?: string } | null | undefined)?.orderId;
    if (orderId) ctx.stash.orderId = orderId;
    else ctx.stash.readKey = true;
    return null;
  }
  const short = order.lines
    .filter(
      (line, index) => conditionFailed(reasons[index]) && isShort(reasons[index] as CancellationReason, line.quantity),
    )
    .map((line) => line.sku);
  if (short.length > 0) {
    fail(`Not enough stock for ${short.join(', ')}; nothing was ordered`, 'InsufficientStock', { skus: short });
  }
  if (order.lines.some((_line, index) => conditionFailed(reasons[index]))) {
    fail('A price in the cart changed during checkout; read the cart again and retry', 'ConflictError', {
      fields: ['cart'],
    });
  }
  if (conditionFailed(reasons[n + 2])) {
    fail('The cart changed during checkout; read it again and retry', 'ConflictError', { fields: ['cart'] });
  }
  pricingRefusal(order, (ctx.stash.pricingRoles ?? []) as PricingRole[], reasons.slice(n + 3));
  if (reasons.some((r) => r.type === 'TransactionConflict')) {
    // after the last attempt, the key tells whether a concurrent attempt with it has won (07)
    ctx.stash.retry = attempt < PLACE_ATTEMPTS;
    ctx.stash.readKey = attempt >= PLACE_ATTEMPTS;
    return null;
  }
  raiseDataSourceError(ctx.error);
  return null;
}

/** Steps after the first attempt run only while a retry is due. */
export function retryPlaceOrderRequest(ctx: Context) {
  if (!ctx.stash.retry) runtime.earlyReturn(null);
  return placeOrderRequest(ctx);
}

// Prices and names for every line: the variants and their products in one consistent BatchGetItem
// (≤ 100 keys), and the order to write, priced from them and from the rates, method and code read in
// 01 (lib/pricing-reads.ts) — never from the client. A total other than `expectedTotal` is refused here.
import { runtime, util, type Context } from '@aws-appsync/utils';
import { batchGetCatalog, catalogRead, lineName, type CartRecord } from '../../lib/cart.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { OrderItem, OrderLineItem } from '../../lib/orders.ts';
import {
  applicableRate,
  checkMethod,
  priceChoice,
  pricesIncludeTax,
  type PricingChoice,
  type PricingRead,
} from '../../lib/pricing-reads.ts';

export function request(ctx: Context) {
  if (ctx.stash.orderId) runtime.earlyReturn(null);
  return batchGetCatalog(ctx.env, (ctx.stash.cart as CartRecord).lines);
}

function priceLines(ctx: Context): OrderLineItem[] {
  const read = catalogRead(ctx.env, ctx.result);
  return (ctx.stash.cart as CartRecord).lines.map((line) => {
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
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const choice = ctx.stash.choice as PricingChoice;
  const pricing = ctx.stash.pricing as PricingRead;
  checkMethod(pricing, choice, 'input.shippingMethodId');
  const lines = priceLines(ctx);
  const priced = priceChoice(
    ctx,
    lines.map((line) => line.lineTotal),
    choice,
    pricing,
    'input',
  );
  const expected = ctx.stash.expectedTotal as number | null;
  if (expected !== null && expected !== priced.total) {
    fail(
      `The order would cost ${priced.total}, not the expected ${expected}: ` +
        'a price, rate, method or code changed; quote again',
      'ConflictError',
      { fields: ['input.expectedTotal'], total: priced.total, expectedTotal: expected },
    );
  }
  const method = choice.shippingMethodId ? pricing.method : null;
  const rate = applicableRate(pricing);
  const now = util.time.nowISO8601();
  const order: OrderItem = {
    id: util.autoUlid(),
    customerId: ctx.stash.sub as string,
    status: 'PENDING_PAYMENT',
    lines: lines.map((line, i) => ({ ...line, discount: priced.lineDiscounts[i], tax: priced.lineTaxes[i] })),
    subtotal: priced.subtotal,
    total: priced.total,
    totals: {
      subtotal: priced.subtotal,
      discount: priced.discount,
      shipping: priced.shipping,
      tax: priced.tax,
      total: priced.total,
    },
    shippingMethod: method ? { id: method.id, name: method.name, price: method.price } : null,
    promotionCode: choice.code ? (pricing.promotion?.code ?? null) : null,
    taxRate: rate ? { country: rate.country, region: rate.region ?? null, rate: rate.rate, name: rate.name } : null,
    pricesIncludeTax: pricesIncludeTax(ctx),
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

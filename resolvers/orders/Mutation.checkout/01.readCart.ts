// The idempotency record, the cart and what pricing needs (the destination's rates, the method, the code
// and the caller's use of it) in one consistent BatchGetItem (≤ 7 keys). A used key ends the search for
// a new order; an empty cart is checked against the key once more (02) first.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { cartRecord } from '../../lib/cart.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { tableName } from '../../lib/items.ts';
import { cartKey, checkoutKey } from '../../../contracts/table-keys.ts';
import { pricingKeys, pricingRead, type PricingChoice } from '../../lib/pricing-reads.ts';

export function request(ctx: Context) {
  const sub = ctx.stash.sub as string;
  const choice = ctx.stash.choice as PricingChoice;
  return ddb.batchGet({
    tables: {
      [tableName(ctx.env)]: {
        keys: [checkoutKey(sub, ctx.stash.key as string), cartKey(sub), ...pricingKeys(sub, choice)],
        consistentRead: true,
      },
    },
  });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  let cart: unknown = null;
  const items = (ctx.result?.data?.[tableName(ctx.env)] ?? []) as Array<{ sk?: string; orderId?: string } | null>;
  for (const item of items) {
    if (item?.sk === 'CART') cart = item;
    if (item?.sk?.startsWith('CHECKOUT#') && item.orderId) ctx.stash.orderId = item.orderId;
  }
  ctx.stash.cart = cartRecord(cart);
  ctx.stash.pricing = pricingRead(items, ctx.stash.choice as PricingChoice);
  return null;
}

// The idempotency record and the cart in one consistent BatchGetItem. A used key ends the
// search for a new order; an empty cart is checked against the key once more (02) first.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { cartRecord } from '../../lib/cart.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { tableName } from '../../lib/items.ts';
import { cartKey, checkoutKey } from '../../lib/keys.ts';

export function request(ctx: Context) {
  const sub = ctx.stash.sub as string;
  return ddb.batchGet({
    tables: {
      [tableName(ctx.env)]: { keys: [checkoutKey(sub, ctx.stash.key as string), cartKey(sub)], consistentRead: true },
    },
  });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  let cart: unknown = null;
  for (const item of (ctx.result?.data?.[tableName(ctx.env)] ?? []) as Array<{
    sk?: string;
    orderId?: string;
  } | null>) {
    if (item?.sk === 'CART') cart = item;
    if (item?.orderId) ctx.stash.orderId = item.orderId;
  }
  ctx.stash.cart = cartRecord(cart);
  return null;
}

// The lines at current prices: their variants and products in one BatchGetItem (none for an empty cart).
import { runtime, type Context } from '@aws-appsync/utils';
import { batchGetCatalog, catalogRead, toCart, type CartRecord } from '../../lib/cart.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { shopCurrency } from '../../lib/money.ts';

export function request(ctx: Context) {
  const lines = (ctx.stash.cart as CartRecord).lines;
  ctx.stash.lineTotals = [];
  if (lines.length === 0) runtime.earlyReturn(null);
  return batchGetCatalog(ctx.env, lines);
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const cart = toCart((ctx.stash.cart as CartRecord).lines, catalogRead(ctx.env, ctx.result), shopCurrency(ctx));
  ctx.stash.lineTotals = cart.items.map((item) => item.lineTotal.amount);
  return null;
}

// Cart and variant in one consistent BatchGetItem; any known SKU can be removed, for sale or not.
import type { Context } from '@aws-appsync/utils';
import { batchGetCartAndVariant, cartAndVariant, lineQuantity, setLine, unknownSku } from '../../lib/cart.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import type { MutationRemoveFromCartArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRemoveFromCartArgs>) {
  return batchGetCartAndVariant(ctx.env, ctx.stash.sub as string, ctx.args.sku);
}

export function response(ctx: Context<MutationRemoveFromCartArgs>) {
  raiseDataSourceError(ctx.error);
  const { sku } = ctx.args;
  const { cart, variant } = cartAndVariant(ctx.env, ctx.result);
  if (!variant) unknownSku(sku);
  ctx.stash.before = cart;
  ctx.stash.unchanged = lineQuantity(cart.lines, sku) === 0;
  ctx.stash.cart = { lines: setLine(cart.lines, sku, variant.productId, 0), version: cart.version + 1 };
  return null;
}

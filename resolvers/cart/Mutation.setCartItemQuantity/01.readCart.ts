// Cart and variant in one consistent BatchGetItem; a quantity above 0 needs an ACTIVE product.
import type { Context } from '@aws-appsync/utils';
import {
  batchGetCartAndVariant,
  cartAndVariant,
  lineQuantity,
  notForSale,
  setLine,
  unknownSku,
} from '../../lib/cart.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import type { MutationSetCartItemQuantityArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationSetCartItemQuantityArgs>) {
  return batchGetCartAndVariant(ctx.env, ctx.stash.sub as string, ctx.args.sku);
}

export function response(ctx: Context<MutationSetCartItemQuantityArgs>) {
  raiseDataSourceError(ctx.error);
  const { sku, quantity } = ctx.args;
  const { cart, variant } = cartAndVariant(ctx.env, ctx.result);
  if (!variant) unknownSku(sku);
  if (quantity > 0 && variant.productStatus !== 'ACTIVE') notForSale(sku);
  ctx.stash.before = cart;
  ctx.stash.unchanged = lineQuantity(cart.lines, sku) === quantity;
  ctx.stash.cart = { lines: setLine(cart.lines, sku, variant.productId, quantity), version: cart.version + 1 };
  return null;
}

// Cart and variant in one consistent BatchGetItem; only an ACTIVE product's variant can be added.
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
import type { MutationAddToCartArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationAddToCartArgs>) {
  return batchGetCartAndVariant(ctx.env, ctx.stash.sub as string, ctx.args.sku);
}

export function response(ctx: Context<MutationAddToCartArgs>) {
  raiseDataSourceError(ctx.error);
  const { sku, quantity } = ctx.args;
  const { cart, variant } = cartAndVariant(ctx.env, ctx.result);
  if (!variant) unknownSku(sku);
  if (variant.productStatus !== 'ACTIVE') notForSale(sku);
  ctx.stash.before = cart;
  ctx.stash.cart = {
    lines: setLine(cart.lines, sku, variant.productId, lineQuantity(cart.lines, sku) + quantity),
    version: cart.version + 1,
  };
  return null;
}

// addToCart: read cart and variant together, add the units (a new line at the end), write the
// cart back conditional on its version, answer it priced. 3 DynamoDB calls.
import type { Context } from '@aws-appsync/utils';
import { checkCartSku, MAX_LINE_QUANTITY, requireCustomer } from '../../lib/cart.ts';
import type { MutationAddToCartArgs } from '../../lib/schema-types.ts';
import { checkInt, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationAddToCartArgs>) {
  ctx.stash.sub = requireCustomer(ctx);
  const problems: Problems = [];
  checkInt(problems, 'quantity', ctx.args.quantity, 1, MAX_LINE_QUANTITY);
  raiseIfInvalid(problems);
  checkCartSku(ctx.args.sku);
  return {};
}

export function response(ctx: Context<MutationAddToCartArgs>) {
  return ctx.prev.result;
}

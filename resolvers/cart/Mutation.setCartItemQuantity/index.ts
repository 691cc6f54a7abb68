// setCartItemQuantity: like addToCart, but sets the line's quantity; 0 removes the line, which is
// allowed for any known SKU, even one no longer for sale. 3 DynamoDB calls (2 when nothing changes).
import type { Context } from '@aws-appsync/utils';
import { checkCartSku, MAX_LINE_QUANTITY, requireCustomer } from '../../lib/cart.ts';
import type { MutationSetCartItemQuantityArgs } from '../../lib/schema-types.ts';
import { checkInt, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationSetCartItemQuantityArgs>) {
  ctx.stash.sub = requireCustomer(ctx);
  const problems: Problems = [];
  checkInt(problems, 'quantity', ctx.args.quantity, 0, MAX_LINE_QUANTITY);
  raiseIfInvalid(problems);
  checkCartSku(ctx.args.sku);
  return {};
}

export function response(ctx: Context<MutationSetCartItemQuantityArgs>) {
  return ctx.prev.result;
}

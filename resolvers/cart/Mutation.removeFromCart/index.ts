// removeFromCart: drops the line (a known SKU not in the cart leaves it as it is). 3 DynamoDB
// calls, 2 when there was nothing to remove.
import type { Context } from '@aws-appsync/utils';
import { checkCartSku, requireCustomer } from '../../lib/cart.ts';
import type { MutationRemoveFromCartArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRemoveFromCartArgs>) {
  ctx.stash.sub = requireCustomer(ctx);
  checkCartSku(ctx.args.sku);
  return {};
}

export function response(ctx: Context<MutationRemoveFromCartArgs>) {
  return ctx.prev.result;
}

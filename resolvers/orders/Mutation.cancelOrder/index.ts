// cancelOrder (the owner): read the order, allow only PENDING_PAYMENT or PAID, refund a PAID one in full
// (the `payments` Lambda), then cancel and restock every line in one transaction conditional on the
// status read. 2 DynamoDB calls (+ 1 Lambda for a PAID order).
import type { Context } from '@aws-appsync/utils';
import { requireCustomer } from '../../lib/cart.ts';
import { knownId } from '../../lib/ids.ts';
import type { MutationCancelOrderArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationCancelOrderArgs>) {
  ctx.stash.sub = requireCustomer(ctx);
  knownId('id', ctx.args.id, 'order');
  return {};
}

export function response(ctx: Context<MutationCancelOrderArgs>) {
  return ctx.prev.result;
}

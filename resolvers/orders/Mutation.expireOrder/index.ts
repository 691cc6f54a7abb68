// expireOrder (internal: the unpaid-orders function over IAM): cancels an order still PENDING_PAYMENT
// after UNPAID_ORDER_MINUTES, restocking in the same transaction as cancelOrder does; null, changing
// nothing, otherwise. An id the API cannot have made is null without a read. 2 DynamoDB calls.
import { runtime, type Context } from '@aws-appsync/utils';
import { fail } from '../../lib/errors.ts';
import { isBackend } from '../../lib/identity.ts';
import { isId } from '../../lib/ids.ts';
import type { MutationExpireOrderArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationExpireOrderArgs>) {
  if (!isBackend(ctx)) fail('expireOrder is for the unpaid-orders function over IAM', 'Unauthorized');
  if (!isId(ctx.args.id)) runtime.earlyReturn(null);
  return {};
}

export function response(ctx: Context<MutationExpireOrderArgs>) {
  return ctx.stash.expired ?? null;
}

// refundOrder (admins): read the order, refund through the `payments` Lambda under a key naming the
// refunded total read and the amount (a double click is one refund), then record it on
// `payment.refunded = <read>`. 2 DynamoDB calls + 1 Lambda (3 calls when a racing record won).
import type { Context } from '@aws-appsync/utils';
import { fail } from '../../lib/errors.ts';
import { isAdmin } from '../../lib/identity.ts';
import { knownId } from '../../lib/ids.ts';
import type { MutationRefundOrderArgs } from '../../lib/schema-types.ts';
import { checkInt, checkOptionalText, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationRefundOrderArgs>) {
  if (!isAdmin(ctx)) fail('refundOrder is for admins', 'Unauthorized');
  const problems: Problems = [];
  const amount = ctx.args.amount;
  if (amount !== null && amount !== undefined) checkInt(problems, 'amount', amount, 1, 100000000);
  ctx.stash.reason = checkOptionalText(problems, 'reason', ctx.args.reason, 500, true) || null;
  raiseIfInvalid(problems);
  knownId('id', ctx.args.id, 'order');
  return {};
}

export function response(ctx: Context<MutationRefundOrderArgs>) {
  return ctx.stash.result;
}

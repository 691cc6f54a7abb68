// updateOrderStatus (admins, backend over IAM): read the order, check the transition table
// (lib/order-status.ts), then one write conditional on the status read. 2 DynamoDB calls.
import type { Context } from '@aws-appsync/utils';
import { fail } from '../../lib/errors.ts';
import { isAdmin, isBackend } from '../../lib/identity.ts';
import { knownId } from '../../lib/ids.ts';
import { isOrderStatus } from '../../lib/order-status.ts';
import type { MutationUpdateOrderStatusArgs } from '../../lib/schema-types.ts';
import { checkOptionalText, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationUpdateOrderStatusArgs>) {
  if (!isAdmin(ctx) && !isBackend(ctx)) fail('updateOrderStatus is for admins and the backend', 'Unauthorized');
  const problems: Problems = [];
  ctx.stash.note = checkOptionalText(problems, 'note', ctx.args.note, 500, true) || null;
  if (!isOrderStatus(ctx.args.status)) problems.push({ field: 'status', message: 'status must be an OrderStatus' });
  raiseIfInvalid(problems);
  knownId('id', ctx.args.id, 'order');
  return {};
}

export function response(ctx: Context<MutationUpdateOrderStatusArgs>) {
  return ctx.prev.result;
}

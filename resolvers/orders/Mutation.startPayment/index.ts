// startPayment (the order's owner): the returnUrl is checked against the storefront origins before
// anything is read; then the order, the `payments` Lambda (createSession) only when no session is open,
// and one conditional write of the session. 1 DynamoDB call for an open session, else 2 + 1 Lambda.
import type { Context } from '@aws-appsync/utils';
import { fail } from '../../lib/errors.ts';
import { callerSub } from '../../lib/identity.ts';
import { knownId } from '../../lib/ids.ts';
import { isOnOrigins, MAX_RETURN_URL, storefrontOrigins } from '../../lib/return-url.ts';
import type { MutationStartPaymentArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationStartPaymentArgs>) {
  const sub = callerSub(ctx);
  if (!sub) fail('startPayment is for the signed-in owner of the order', 'Unauthorized');
  ctx.stash.sub = sub;
  if (!isOnOrigins(ctx.args.returnUrl, storefrontOrigins(ctx.env))) {
    fail(
      `returnUrl must be on one of the shop's storefront origins (at most ${MAX_RETURN_URL} characters)`,
      'ValidationError',
      { fields: ['returnUrl'] },
    );
  }
  knownId('orderId', ctx.args.orderId, 'order');
  return {};
}

export function response(ctx: Context<MutationStartPaymentArgs>) {
  return ctx.stash.session;
}

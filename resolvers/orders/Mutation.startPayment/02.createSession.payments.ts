// The `payments` Lambda (functions/payments, createSession) makes attempt n+1's Checkout Session for
// exactly the stored order: its lines, total and currency, never the client's. Stripe's idempotency key
// names the order and the attempt, so a retried or doubled start gets the same session.
// Skipped when the order's session is still open.
// https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
import { runtime, type Context } from '@aws-appsync/utils';
import { callerEmail } from '../../lib/identity.ts';
import type { OrderItem } from '../../lib/orders.ts';
import { sessionLines, type CreatedSession } from '../../lib/payment-session.ts';
import { raisePaymentsFailure } from '../../lib/payments.ts';
import { cancelUrl, successUrl } from '../../lib/return-url.ts';
import type { MutationStartPaymentArgs } from '../../lib/schema-types.ts';
import { fail } from '../../lib/errors.ts';

export function request(ctx: Context<MutationStartPaymentArgs>) {
  if (ctx.stash.session) runtime.earlyReturn(null);
  const order = ctx.stash.order as OrderItem;
  const email = callerEmail(ctx);
  return {
    operation: 'Invoke',
    payload: {
      operation: 'createSession',
      orderId: order.id,
      attempt: ctx.stash.attempt as number,
      lines: sessionLines(order),
      total: order.total,
      currency: order.currency,
      ...(email ? { customerEmail: email } : {}),
      successUrl: successUrl(ctx.args.returnUrl),
      cancelUrl: cancelUrl(ctx.args.returnUrl),
      expiresAt: ctx.stash.expiresAt as string,
    },
  };
}

export function response(ctx: Context<MutationStartPaymentArgs>) {
  raisePaymentsFailure('startPayment', ctx.error, ctx.result);
  const created = ctx.result as CreatedSession | null;
  if (!created?.sessionId || !created.url || !created.expiresAt) {
    fail('startPayment: the payment service answered no session; nothing changed, try again', 'ConflictError', {
      service: 'payments',
    });
  }
  ctx.stash.created = created;
  return null;
}

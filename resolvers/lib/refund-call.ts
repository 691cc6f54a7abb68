// The `payments` Lambda's refund call, shared by refundOrder and cancelOrder: the request for the
// refund planned in `ctx.stash.refund` (skipped when none is), and its answer in `ctx.stash.refundMade`.
// https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
import { runtime, type Context } from '@aws-appsync/utils';
import { fail } from './errors.ts';
import type { OrderItem } from './orders.ts';
import { raisePaymentsFailure } from './payments.ts';
import type { RefundMade } from './refunds.ts';

export interface PlannedRefund {
  amount: number;
  key: string;
}

export function refundRequest(ctx: Context) {
  const planned = ctx.stash.refund as PlannedRefund | null | undefined;
  if (!planned) runtime.earlyReturn(null);
  const order = ctx.stash.order as OrderItem;
  const reason = ctx.stash.reason as string | null | undefined;
  return {
    operation: 'Invoke',
    payload: {
      operation: 'refund',
      orderId: order.id,
      paymentIntentId: order.payment?.paymentIntentId,
      amount: (planned as PlannedRefund).amount,
      idempotencyKey: (planned as PlannedRefund).key,
      ...(reason ? { reason } : {}),
    },
  };
}

export function refundResponse(ctx: Context, what: string) {
  raisePaymentsFailure(what, ctx.error, ctx.result);
  const made = ctx.result as RefundMade | null;
  if (!made?.refundId || made.status === 'failed' || made.status === 'canceled') {
    fail(
      `${what}: the payment service did not make the refund (${made?.status ?? 'no answer'}); nothing changed`,
      'ConflictError',
      {
        service: 'payments',
        refundStatus: made?.status ?? null,
      },
    );
  }
  ctx.stash.refundMade = made;
  return null;
}

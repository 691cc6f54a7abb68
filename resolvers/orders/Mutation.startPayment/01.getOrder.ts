// The caller's PENDING_PAYMENT order (someone else's is NotFound, like a missing one). Its session is
// answered again while it stays open for more than a minute; otherwise attempt n+1 is planned.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { orderKey } from '../../../contracts/table-keys.ts';
import type { OrderItem } from '../../lib/orders.ts';
import { sessionExpiry } from '../../lib/payment-session.ts';
import { isPastUnpaidWindow, unpaidOrderMinutes } from '../../lib/payments.ts';
import type { MutationStartPaymentArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationStartPaymentArgs>) {
  return ddb.get({ key: orderKey(ctx.args.orderId), consistentRead: true });
}

export function response(ctx: Context<MutationStartPaymentArgs>) {
  raiseDataSourceError(ctx.error);
  const order = ctx.result as OrderItem | null;
  if (!order || order.customerId !== ctx.stash.sub) {
    fail(`orderId: no order ${ctx.args.orderId}`, 'NotFound', { fields: ['orderId'] });
  }
  const { id, status, createdAt, payment } = order as OrderItem;
  if (status !== 'PENDING_PAYMENT') {
    fail(`Order ${id} is ${status}; only a PENDING_PAYMENT order can be paid`, 'ConflictError', { status });
  }
  const now = util.time.nowEpochMilliSeconds();
  const minutes = unpaidOrderMinutes(ctx.env);
  if (isPastUnpaidWindow(createdAt, minutes, now)) {
    fail(`Order ${id} was not paid within ${minutes} minutes and is being cancelled`, 'ConflictError', {
      status,
      expired: true,
    });
  }
  const expiresAt = payment?.sessionExpiresAt;
  if (payment?.sessionUrl && expiresAt && util.time.parseISO8601ToEpochMilliSeconds(expiresAt) - now > 60000) {
    ctx.stash.session = { url: payment.sessionUrl, expiresAt };
    return null;
  }
  const created = util.time.parseISO8601ToEpochMilliSeconds(createdAt);
  ctx.stash.order = order;
  ctx.stash.attempt = (payment?.attempt ?? 0) + 1;
  ctx.stash.expiresAt = util.time.epochMilliSecondsToISO8601(sessionExpiry(created, minutes, now));
  return null;
}

// Only when 03's write was refused: a fresh read says why. A concurrent start of the same attempt got
// the very same session from Stripe (same idempotency key) and wrote it: answer it. Otherwise the order
// moved on (paid, cancelled, expired) or another attempt won: ConflictError, nothing written.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { orderKey } from '../../../contracts/table-keys.ts';
import type { OrderItem } from '../../lib/orders.ts';
import type { CreatedSession } from '../../lib/payment-session.ts';
import type { MutationStartPaymentArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationStartPaymentArgs>) {
  if (!ctx.stash.lost) runtime.earlyReturn(null);
  return ddb.get({ key: orderKey(ctx.args.orderId), consistentRead: true });
}

export function response(ctx: Context<MutationStartPaymentArgs>) {
  raiseDataSourceError(ctx.error);
  const order = ctx.result as OrderItem | null;
  const created = ctx.stash.created as CreatedSession;
  if (order && order.status !== 'PENDING_PAYMENT') {
    fail(`Order ${order.id} is ${order.status}; only a PENDING_PAYMENT order can be paid`, 'ConflictError', {
      status: order.status,
    });
  }
  if (order?.payment?.sessionId !== created.sessionId) {
    fail(
      `A payment was started for order ${ctx.args.orderId} at the same moment; call startPayment again`,
      'ConflictError',
    );
  }
  ctx.stash.session = { url: created.url, expiresAt: created.expiresAt };
  return null;
}

// The order as it is now: only one still PENDING_PAYMENT and older than the unpaid window is planned
// for cancellation (the transition table's PENDING_PAYMENT → CANCELLED, with the expiry as its note).
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { orderKey } from '../../../contracts/table-keys.ts';
import { planChange } from '../../lib/order-change.ts';
import type { OrderItem } from '../../lib/orders.ts';
import { isPastUnpaidWindow, unpaidOrderMinutes } from '../../lib/payments.ts';
import type { MutationExpireOrderArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationExpireOrderArgs>) {
  return ddb.get({ key: orderKey(ctx.args.id), consistentRead: true });
}

export function response(ctx: Context<MutationExpireOrderArgs>) {
  raiseDataSourceError(ctx.error);
  const order = ctx.result as OrderItem | null;
  const minutes = unpaidOrderMinutes(ctx.env);
  if (!order || order.status !== 'PENDING_PAYMENT') return null;
  if (!isPastUnpaidWindow(order.createdAt, minutes, util.time.nowEpochMilliSeconds())) return null;
  planChange(ctx, order, 'CANCELLED', `Expired: not paid within ${minutes} minutes`);
  return null;
}

// The refund recorded on `payment.refunded = <read>` (and the order REFUNDED when all is back and the
// table allows it). A record that lost to another one (a double click's twin) is read in 04.
import { util, type Context } from '@aws-appsync/utils';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { toOrder, type OrderItem } from '../../lib/orders.ts';
import { applyWrite, orderUpdate, type OrderWrite } from '../../lib/order-write.ts';
import { refundWrite, type RefundMade } from '../../lib/refunds.ts';

export function request(ctx: Context) {
  const order = ctx.stash.order as OrderItem;
  const write = refundWrite(order, ctx.stash.refundMade as RefundMade, util.time.nowISO8601(), ctx.stash.reason);
  ctx.stash.write = write;
  return orderUpdate(order.id, write);
}

export function response(ctx: Context) {
  if (ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException') {
    ctx.stash.lost = true;
    return null;
  }
  raiseDataSourceError(ctx.error);
  ctx.stash.result = toOrder(applyWrite(ctx.stash.order as OrderItem, ctx.stash.write as OrderWrite));
  return null;
}

// status, history entry and listing key in one write on `status = <status read>`, restocking every
// line in the same transaction: of two racing changes only one can win; the other is InvalidTransition.
// After a refund (02) the refund's record joins that transaction, on the refunded total read.
import type { Context } from '@aws-appsync/utils';
import { changeStatusRequest, changeStatusResponse } from '../../lib/order-change.ts';
import { cancelWithRefundRequest, cancelWithRefundResponse } from '../../lib/refund-cancel.ts';

export function request(ctx: Context) {
  return ctx.stash.refundMade ? cancelWithRefundRequest(ctx) : changeStatusRequest(ctx);
}

export function response(ctx: Context) {
  return ctx.stash.refundMade ? cancelWithRefundResponse(ctx) : changeStatusResponse(ctx);
}

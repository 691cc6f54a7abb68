// status, history entry and listing key in one write on `status = <status read>` (restocking too
// when cancelling): of two racing changes only one can win; the other is InvalidTransition.
import type { Context } from '@aws-appsync/utils';
import { changeStatusRequest, changeStatusResponse } from '../../lib/order-change.ts';

export function request(ctx: Context) {
  return changeStatusRequest(ctx);
}

export function response(ctx: Context) {
  return changeStatusResponse(ctx);
}

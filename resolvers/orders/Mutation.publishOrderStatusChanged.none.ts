// publishOrderStatusChanged: internal, IAM only (the order-events function). Answers the order item it is
// given as an Order with every field, which AppSync then pushes to the subscriptions listening to it.
import type { Context } from '@aws-appsync/utils';
import { orderOfEvent } from '../lib/order-events.ts';

export function request(ctx: Context<{ item: unknown }>) {
  return { payload: orderOfEvent(ctx.args.item) };
}

export function response(ctx: Context) {
  return ctx.result;
}

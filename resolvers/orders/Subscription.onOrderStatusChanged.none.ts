// onOrderStatusChanged: runs once at subscribe time and sets an enhanced filter, so a customer only
// ever receives their own orders' events (AppSync "Enhanced subscription filters"); admins may
// watch one order or all. The events come from publishOrderStatusChanged with the whole order.
import { extensions, util, type Context } from '@aws-appsync/utils';
import { callerSub, isAdmin } from '../lib/identity.ts';

export function request(ctx: Context<{ id?: string | null }>) {
  if (!callerSub(ctx)) util.unauthorized();
  return { payload: null };
}

export function response(ctx: Context<{ id?: string | null }>) {
  const id = ctx.args.id;
  const own = isAdmin(ctx) ? {} : { customerId: { eq: callerSub(ctx) } };
  const filter = id ? { ...own, id: { eq: id } } : own;
  if (Object.keys(filter).length > 0) extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter(filter));
  return null;
}

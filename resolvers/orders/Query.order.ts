// order(id): one consistent GetItem. Admins and the backend (IAM) read any order; a customer
// only their own — someone else's reads as null, exactly like a missing one, and so does an id the
// API cannot have made (no read).
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../lib/errors.ts';
import { callerSub, isAdmin, isBackend } from '../lib/identity.ts';
import { isId } from '../lib/ids.ts';
import { orderKey } from '../../contracts/table-keys.ts';
import { toOrder, type OrderItem } from '../lib/orders.ts';
import type { QueryOrderArgs } from '../lib/schema-types.ts';

export function request(ctx: Context<QueryOrderArgs>) {
  if (!isId(ctx.args.id)) runtime.earlyReturn(null);
  return ddb.get({ key: orderKey(ctx.args.id), consistentRead: true });
}

export function response(ctx: Context<QueryOrderArgs>) {
  raiseDataSourceError(ctx.error);
  const order = ctx.result as OrderItem | null;
  if (!order) return null;
  const mayRead = isAdmin(ctx) || isBackend(ctx) || (callerSub(ctx) !== null && callerSub(ctx) === order.customerId);
  return mayRead ? toOrder(order) : null;
}

// The order as it is now; NotFound when missing, InvalidTransition when the table forbids the move.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { orderKey } from '../../../contracts/table-keys.ts';
import { planChange } from '../../lib/order-change.ts';
import type { OrderItem } from '../../lib/orders.ts';
import type { MutationUpdateOrderStatusArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationUpdateOrderStatusArgs>) {
  return ddb.get({ key: orderKey(ctx.args.id), consistentRead: true });
}

export function response(ctx: Context<MutationUpdateOrderStatusArgs>) {
  raiseDataSourceError(ctx.error);
  const order = ctx.result as OrderItem | null;
  if (!order) fail(`id: no order ${ctx.args.id}`, 'NotFound', { fields: ['id'] });
  planChange(ctx, order as OrderItem, ctx.args.status, (ctx.stash.note as string | null) ?? null);
  return null;
}

// Only when the transaction found the key used but its reason carried no item, or when every
// attempt met a TransactionConflict: read the record, consistently; no record is a ConflictError.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { checkoutKey } from '../../../contracts/table-keys.ts';

export function request(ctx: Context) {
  if (!ctx.stash.readKey) runtime.earlyReturn(null);
  return ddb.get({ key: checkoutKey(ctx.stash.sub as string, ctx.stash.key as string), consistentRead: true });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const record = ctx.result as { orderId?: string } | null;
  if (!record?.orderId) fail('Checkout could not be completed; retry with the same idempotencyKey', 'ConflictError');
  ctx.stash.orderId = record?.orderId;
  return null;
}

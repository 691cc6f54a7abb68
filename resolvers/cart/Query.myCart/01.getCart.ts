// The cart item, strongly consistent (a cart just changed reads as changed).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { cartRecord } from '../../lib/cart.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { cartKey } from '../../../contracts/table-keys.ts';

export function request(ctx: Context) {
  return ddb.get({ key: cartKey(ctx.stash.sub as string), consistentRead: true });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  ctx.stash.cart = cartRecord(ctx.result);
  return null;
}

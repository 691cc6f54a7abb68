// The product the slug belongs to; null for non-admins when it is not ACTIVE.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { isVisible, toProduct, type ProductItem } from '../../lib/catalog.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { isAdmin } from '../../lib/identity.ts';
import { productKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';

export function request(ctx: Context) {
  return ddb.get({ key: productKey(ctx.prev.result as string), consistentRead: true });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const item = ctx.result as ProductItem | null;
  return item && isVisible(item, isAdmin(ctx)) ? toProduct(item, shopCurrency(ctx)) : null;
}

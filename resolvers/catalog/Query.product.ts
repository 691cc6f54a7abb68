// product(id): one consistent GetItem. Null when missing, and for non-admins when not ACTIVE; an id
// the API cannot have made is missing too (null, no read), as the schema's "null when missing" says.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { isVisible, toProduct, type ProductItem } from '../lib/catalog.ts';
import { raiseDataSourceError } from '../lib/errors.ts';
import { isAdmin } from '../lib/identity.ts';
import { isId } from '../lib/ids.ts';
import { productKey } from '../../contracts/table-keys.ts';
import { shopCurrency } from '../lib/money.ts';
import type { QueryProductArgs } from '../lib/schema-types.ts';

export function request(ctx: Context<QueryProductArgs>) {
  if (!isId(ctx.args.id)) runtime.earlyReturn(null);
  return ddb.get({ key: productKey(ctx.args.id), consistentRead: true });
}

export function response(ctx: Context<QueryProductArgs>) {
  raiseDataSourceError(ctx.error);
  const item = ctx.result as ProductItem | null;
  return item && isVisible(item, isAdmin(ctx)) ? toProduct(item, shopCurrency(ctx)) : null;
}

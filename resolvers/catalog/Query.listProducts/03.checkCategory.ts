// Only for an empty page of one category: a page with products proves the category exists (products
// are only ever created in an existing one), an empty page reads it so an unknown id is NotFound.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { categoryKey } from '../../../contracts/table-keys.ts';
import type { Product, QueryListProductsArgs } from '../../lib/schema-types.ts';

interface Page {
  items: Product[];
  nextToken: string | null;
}

export function request(ctx: Context<QueryListProductsArgs>) {
  const page = ctx.prev.result as Page;
  const categoryId = ctx.args.categoryId;
  if (!categoryId || page.items.length > 0) runtime.earlyReturn(page);
  ctx.stash.page = page;
  return ddb.get({ key: categoryKey(categoryId as string), consistentRead: true });
}

export function response(ctx: Context<QueryListProductsArgs>) {
  raiseDataSourceError(ctx.error);
  if (!ctx.result) fail('categoryId: no category with this id', 'NotFound', { fields: ['categoryId'] });
  return ctx.stash.page;
}

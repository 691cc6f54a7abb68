// A new category must exist (its copy goes onto the product); skipped when the category stays.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toCategory, type CategoryItem, type ProductItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { categoryKey } from '../../../contracts/table-keys.ts';

export function request(ctx: Context) {
  const categoryId = (ctx.stash.changes as { categoryId?: string }).categoryId;
  if (!categoryId || categoryId === (ctx.stash.current as ProductItem).categoryId) runtime.earlyReturn(null);
  return ddb.get({ key: categoryKey(categoryId as string), consistentRead: true });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const category = ctx.result as CategoryItem | null;
  if (!category)
    fail(`input.categoryId: no category ${(ctx.stash.changes as { categoryId: string }).categoryId}`, 'NotFound', {
      fields: ['input.categoryId'],
    });
  ctx.stash.category = toCategory(category);
  return null;
}

// The product's category must exist; products carry a copy of it (categories never change).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toCategory, type CategoryItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { categoryKey } from '../../../contracts/table-keys.ts';

export function request(ctx: Context) {
  return ddb.get({ key: categoryKey((ctx.stash.input as { categoryId: string }).categoryId), consistentRead: true });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const category = ctx.result as CategoryItem | null;
  if (!category)
    fail(`input.categoryId: no category ${(ctx.stash.input as { categoryId: string }).categoryId}`, 'NotFound', {
      fields: ['input.categoryId'],
    });
  ctx.stash.category = toCategory(category);
  return null;
}

// categories: every category, sorted by name. One Query on GSI1.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toCategory, type CategoryItem } from '../lib/catalog.ts';
import { raiseDataSourceError } from '../lib/errors.ts';
import { CATEGORIES_PARTITION } from '../../contracts/table-keys.ts';

export function request(_ctx: Context) {
  return ddb.query({ index: 'GSI1', query: { gsi1pk: { eq: CATEGORIES_PARTITION } } });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const items = (ctx.result?.items ?? []) as CategoryItem[];
  return items.map(toCategory);
}

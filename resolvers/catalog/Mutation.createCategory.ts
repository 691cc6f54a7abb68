// createCategory: one TransactWriteItems — the parent must exist, the slug lock and the category
// are written only if absent. A taken slug is a ConflictError, an unknown parent NotFound.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toCategory, type CategoryItem } from '../lib/catalog.ts';
import { cancellationReasons, conditionFailed, fail, raiseDataSourceError } from '../lib/errors.ts';
import { knownId } from '../lib/ids.ts';
import { tableName } from '../lib/items.ts';
import { categoryKey, categoryListingKeys, categorySlugKey } from '../../contracts/table-keys.ts';
import type { MutationCreateCategoryArgs } from '../lib/schema-types.ts';
import { checkPattern, checkText, raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<MutationCreateCategoryArgs>) {
  const { input } = ctx.args;
  const problems: Problems = [];
  const slug = checkPattern(problems, 'input.slug', input.slug, '[a-z0-9-]{1,80}', '[a-z0-9-]{1,80}');
  const name = checkText(problems, 'input.name', input.name, 1, 200);
  raiseIfInvalid(problems);
  if (input.parentId !== null && input.parentId !== undefined) knownId('input.parentId', input.parentId, 'category');

  const category: CategoryItem = { id: util.autoUlid(), slug, name, parentId: input.parentId ?? null };
  ctx.stash.category = category;
  const table = tableName(ctx.env);
  const absent = { pk: { attributeExists: false } };
  const items = [];
  if (category.parentId) {
    items.push({
      conditionCheck: { table, key: categoryKey(category.parentId), condition: { pk: { attributeExists: true } } },
    });
  }
  items.push({ putItem: { table, key: categorySlugKey(slug), item: { categoryId: category.id }, condition: absent } });
  items.push({
    putItem: {
      table,
      key: categoryKey(category.id),
      item: {
        entity: 'Category',
        ...category,
        ...categoryListingKeys(category.id, name),
        createdAt: util.time.nowISO8601(),
      },
      condition: absent,
    },
  });
  return ddb.transactWrite({ items });
}

export function response(ctx: Context<MutationCreateCategoryArgs>) {
  const category = ctx.stash.category as CategoryItem;
  if (ctx.error) {
    const reasons = cancellationReasons(ctx.result);
    const offset = category.parentId ? 1 : 0;
    if (category.parentId && conditionFailed(reasons[0])) {
      fail(`input.parentId: no category ${category.parentId}`, 'NotFound', { fields: ['input.parentId'] });
    }
    if (conditionFailed(reasons[offset])) {
      fail(`input.slug: a category with slug '${category.slug}' already exists`, 'ConflictError', {
        fields: ['input.slug'],
      });
    }
    raiseDataSourceError(ctx.error);
  }
  return toCategory(category);
}

// updateProduct: check the changes, read the product (and a new category), then one conditional
// write on `version` — a stale expectedVersion changes nothing and is a ConflictError.
import type { Context } from '@aws-appsync/utils';
import { knownId } from '../../lib/ids.ts';
import { checkDescription, checkStatus, checkTags } from '../../lib/product-input.ts';
import type { MutationUpdateProductArgs } from '../../lib/schema-types.ts';
import { checkInt, checkText, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationUpdateProductArgs>) {
  const input = ctx.args.input as Record<string, unknown>;
  const problems: Problems = [];
  const changes: Record<string, unknown> = {};
  const given = (name: string) => Object.hasOwn(input, name) && input[name] !== undefined;
  checkInt(problems, 'input.expectedVersion', input.expectedVersion, 1, 2147483647);
  if (given('name')) changes.name = checkText(problems, 'input.name', input.name, 1, 200);
  if (given('description')) changes.description = checkDescription(problems, 'input.description', input.description);
  if (given('categoryId')) {
    if (input.categoryId === null)
      problems.push({ field: 'input.categoryId', message: 'input.categoryId must be a category id, not null' });
    changes.categoryId = input.categoryId;
  }
  if (given('tags')) {
    if (input.tags === null)
      problems.push({ field: 'input.tags', message: 'input.tags must be a list; [] clears the tags' });
    changes.tags = checkTags(problems, 'input.tags', input.tags);
  }
  if (given('status')) changes.status = checkStatus(problems, 'input.status', input.status);
  raiseIfInvalid(problems);
  // schema: unknown ids are NotFound; malformed ones are unknown without a read
  knownId('input.id', input.id, 'product');
  if (given('categoryId')) knownId('input.categoryId', input.categoryId, 'category');
  ctx.stash.changes = changes;
  return {};
}

export function response(ctx: Context<MutationUpdateProductArgs>) {
  return ctx.prev.result;
}

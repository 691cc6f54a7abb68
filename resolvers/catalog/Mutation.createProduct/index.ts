// createProduct: check the whole input first (nothing is written for malformed input), then read
// the category and write product, slug lock and variants in one transaction.
import type { Context } from '@aws-appsync/utils';
import { knownId } from '../../lib/ids.ts';
import { shopCurrency } from '../../lib/money.ts';
import { checkDescription, checkSlug, checkStatus, checkTags, checkVariants } from '../../lib/product-input.ts';
import type { MutationCreateProductArgs } from '../../lib/schema-types.ts';
import { checkText, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationCreateProductArgs>) {
  const { input } = ctx.args;
  const problems: Problems = [];
  ctx.stash.input = {
    slug: checkSlug(problems, 'input.slug', input.slug),
    name: checkText(problems, 'input.name', input.name, 1, 200),
    description: checkDescription(problems, 'input.description', input.description),
    categoryId: input.categoryId,
    tags: checkTags(problems, 'input.tags', input.tags),
    status:
      input.status === null || input.status === undefined
        ? 'DRAFT'
        : checkStatus(problems, 'input.status', input.status),
    variants: checkVariants(problems, 'input.variants', input.variants, shopCurrency(ctx)),
  };
  raiseIfInvalid(problems);
  // schema: an unknown categoryId is NotFound; a malformed one is unknown without a read
  knownId('input.categoryId', input.categoryId, 'category');
  return {};
}

export function response(ctx: Context<MutationCreateProductArgs>) {
  return ctx.prev.result;
}

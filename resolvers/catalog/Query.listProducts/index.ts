// listProducts: newest first, ACTIVE only for non-admins, optionally within one category. One
// Query on the listing index (01) and, only when the page selects `variants`, one BatchGetItem of
// every variant on the page (02): at most 2 DynamoDB calls per page, however many products. An
// empty page of a category reads the category (03) to tell an empty one from an unknown one.
import type { Context } from '@aws-appsync/utils';
import { knownId } from '../../lib/ids.ts';
import { checkNextToken } from '../../lib/page-token.ts';
import type { QueryListProductsArgs } from '../../lib/schema-types.ts';
import { checkLimit, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<QueryListProductsArgs>) {
  const problems: Problems = [];
  ctx.stash.limit = checkLimit(problems, ctx.args.limit);
  checkNextToken(problems, ctx.args.nextToken);
  raiseIfInvalid(problems);
  // schema: an unknown categoryId is NotFound; one the API cannot have made needs no read to know it
  const categoryId = ctx.args.categoryId;
  if (categoryId !== null && categoryId !== undefined) knownId('categoryId', categoryId, 'category');
  return {};
}

export function response(ctx: Context<QueryListProductsArgs>) {
  return ctx.prev.result;
}

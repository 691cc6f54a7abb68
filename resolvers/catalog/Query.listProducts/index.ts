// listProducts: newest first, ACTIVE only for non-admins, optionally within one category. One
// Query on the listing index (01) and, only when the page selects `variants`, one BatchGetItem of
// every variant on the page (02): at most 2 DynamoDB calls per page, however many products.
import type { Context } from '@aws-appsync/utils';
import type { QueryListProductsArgs } from '../../lib/schema-types.ts';
import { checkLimit, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<QueryListProductsArgs>) {
  const problems: Problems = [];
  ctx.stash.limit = checkLimit(problems, ctx.args.limit);
  raiseIfInvalid(problems);
  return {};
}

export function response(ctx: Context<QueryListProductsArgs>) {
  return ctx.prev.result;
}

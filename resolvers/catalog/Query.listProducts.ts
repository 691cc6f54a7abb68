// listProducts: newest first, ACTIVE only for non-admins, optionally within one category.
// One Query on the listing index for (caller, category) — see lib/keys.ts.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toProduct, type ProductItem } from '../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../lib/errors.ts';
import { isAdmin } from '../lib/identity.ts';
import { productListingIndex } from '../lib/keys.ts';
import { shopCurrency } from '../lib/money.ts';
import type { QueryListProductsArgs } from '../lib/schema-types.ts';
import { checkLimit, raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<QueryListProductsArgs>) {
  const problems: Problems = [];
  const limit = checkLimit(problems, ctx.args.limit);
  raiseIfInvalid(problems);
  const listing = productListingIndex(isAdmin(ctx), ctx.args.categoryId);
  return ddb.query({
    index: listing.index,
    query: { [listing.partitionAttribute]: { eq: listing.partition } },
    scanIndexForward: false,
    limit,
    nextToken: ctx.args.nextToken ?? undefined,
  });
}

export function response(ctx: Context<QueryListProductsArgs>) {
  if (ctx.error && ctx.args.nextToken && ctx.error.message.indexOf('nextToken') >= 0) {
    fail('nextToken is not valid for this listing; start again without it', 'ValidationError', { fields: ['nextToken'] });
  }
  raiseDataSourceError(ctx.error);
  const currency = shopCurrency(ctx);
  const items = (ctx.result?.items ?? []) as ProductItem[];
  return { items: items.map((item) => toProduct(item, currency)), nextToken: ctx.result?.nextToken ?? null };
}

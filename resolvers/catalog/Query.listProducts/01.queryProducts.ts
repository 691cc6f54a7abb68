// One Query on the listing index for (caller, category) — see contracts/table-keys.ts. A nextToken is either
// AppSync's (passed on) or our cursor from a page 02 cut short (a key condition "older than").
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toProduct, type ProductItem } from '../../lib/catalog.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { isAdmin } from '../../lib/identity.ts';
import { productListingIndex } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import { cursorId, isCursor } from '../../lib/page-cursor.ts';
import { invalidToken } from '../../lib/page-token.ts';
import type { QueryListProductsArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<QueryListProductsArgs>) {
  const listing = productListingIndex(isAdmin(ctx), ctx.args.categoryId);
  ctx.stash.partition = listing.partition;
  const token = ctx.args.nextToken ?? null;
  const query: Record<string, unknown> = { [listing.partitionAttribute]: { eq: listing.partition } };
  if (token && isCursor(token)) query[listing.sortAttribute] = { lt: cursorId(token, listing.partition) };
  return ddb.query({
    index: listing.index,
    query,
    scanIndexForward: false,
    limit: ctx.stash.limit as number,
    nextToken: token && !isCursor(token) ? token : undefined,
  });
}

export function response(ctx: Context<QueryListProductsArgs>) {
  if (ctx.error && ctx.args.nextToken && ctx.error.message.indexOf('nextToken') >= 0) {
    invalidToken();
  }
  raiseDataSourceError(ctx.error);
  const currency = shopCurrency(ctx);
  const items = (ctx.result?.items ?? []) as ProductItem[];
  return { items: items.map((item) => toProduct(item, currency)), nextToken: ctx.result?.nextToken ?? null };
}

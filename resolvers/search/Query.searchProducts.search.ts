// searchProducts: one `POST /products/_search` on the OpenSearch data source and no DynamoDB read, as each
// document carries the product and variant items it was built from (contracts/search-index.ts).
import { util, type Context } from '@aws-appsync/utils';
import { shopCurrency } from '../lib/money.ts';
import type { QuerySearchProductsArgs } from '../lib/schema-types.ts';
import { checkSearchArgs, searchRequest, type SearchPage } from '../lib/search-request.ts';
import { toSearchResult, type SearchResponse } from '../lib/search-result.ts';

export function request(ctx: Context<QuerySearchProductsArgs>) {
  const plan = checkSearchArgs(ctx.args);
  ctx.stash.searchPage = { limit: plan.limit, sort: plan.sort } satisfies SearchPage;
  return searchRequest(plan);
}

export function response(ctx: Context<QuerySearchProductsArgs>) {
  // AppSync's error type for a failed OpenSearch call is UNVERIFIED against AWS; we keep it, or name the source.
  if (ctx.error) util.error(ctx.error.message, ctx.error.type || 'OpenSearch:Error');
  const result = (ctx.result ?? {}) as SearchResponse;
  // An OpenSearch error body passed through as a result (UNVERIFIED against AWS) is still an error.
  if (result.error)
    util.error(result.error.reason ?? 'OpenSearch refused the search', `OpenSearch:${result.error.type}`);
  return toSearchResult(result, ctx.stash.searchPage as SearchPage, shopCurrency(ctx));
}

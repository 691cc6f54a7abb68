// searchProducts' arguments, checked against the schema's limits, and the one `POST /products/_search` they
// become (the fixed DSL the search twin accepts). The index, price bands and facet size live in contracts/.
import { FACET_SIZE, PRICE_BANDS, PRODUCT_INDEX } from '../../contracts/search-index.ts';
import { isId } from './ids.ts';
import { MAX_PRICE } from './money.ts';
import { checkTags } from './product-input.ts';
import type { ProductSort, QuerySearchProductsArgs } from './schema-types.ts';
import { SEARCH_SORTS, searchAfter, type SortValue } from './search-token.ts';
import { checkInt, checkLimit, checkOptionalText, raiseIfInvalid, type Problems } from './validation.ts';

const MAX_QUERY = 200;
const MAX_FILTER_VALUES = 20;
// Exact hit counts up to this many (schema: ProductSearchResult.total).
const TOTAL_HITS = 10000;

/** What request and response agree on; the resolver keeps it in the stash. */
export interface SearchPage {
  limit: number;
  sort: ProductSort;
}

export interface SearchPlan extends SearchPage {
  /** trimmed text, null when omitted or blank */
  text: string | null;
  categoryIds: string[];
  tags: string[];
  minPrice: number | null;
  maxPrice: number | null;
  inStock: boolean | null;
  after: SortValue[] | null;
}

export interface SearchRequest {
  operation: 'POST';
  path: string;
  params: { body: Record<string, unknown> };
}

function isGiven(value: unknown): boolean {
  return value !== null && value !== undefined;
}

function checkIds(problems: Problems, field: string, value: unknown): string[] {
  if (!isGiven(value)) return [];
  if (!Array.isArray(value) || value.length > MAX_FILTER_VALUES) {
    problems.push({ field, message: `${field} must be a list of at most ${MAX_FILTER_VALUES} ids` });
    return [];
  }
  const ids = value as unknown[];
  if (!ids.every((id) => isId(id))) {
    problems.push({ field, message: `${field} must hold category ids (ULIDs as the API makes them)` });
    return [];
  }
  return ids as string[];
}

function checkPriceBound(problems: Problems, field: string, value: unknown): number | null {
  return isGiven(value) ? checkInt(problems, field, value, 0, MAX_PRICE) : null;
}

function checkSort(problems: Problems, value: unknown, text: string | null): ProductSort {
  if (!isGiven(value)) return text ? 'RELEVANCE' : 'NEWEST';
  if (typeof value !== 'string' || Object.keys(SEARCH_SORTS).indexOf(value) < 0) {
    problems.push({ field: 'sort', message: `sort must be one of ${Object.keys(SEARCH_SORTS).join(', ')}` });
    return 'NEWEST';
  }
  return value as ProductSort;
}

/** Every argument checked at once; one ValidationError names every bad field, and nothing is sent. */
export function checkSearchArgs(args: QuerySearchProductsArgs): SearchPlan {
  const problems: Problems = [];
  const limit = checkLimit(problems, args.limit);
  const query = checkOptionalText(problems, 'query', args.query, MAX_QUERY);
  const text = query ? query : null;
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  const categoryIds = checkIds(problems, 'filter.categoryIds', filter.categoryIds);
  // Compared as products store them: trimmed, lower-cased, 1–50 characters (lib/product-input.ts).
  const tags = checkTags(problems, 'filter.tags', filter.tags);
  const minPrice = checkPriceBound(problems, 'filter.minPrice', filter.minPrice);
  const maxPrice = checkPriceBound(problems, 'filter.maxPrice', filter.maxPrice);
  if (minPrice !== null && maxPrice !== null && maxPrice < minPrice) {
    problems.push({ field: 'filter.maxPrice', message: 'filter.maxPrice must not be below filter.minPrice' });
  }
  let inStock: boolean | null = null;
  if (isGiven(filter.inStock)) {
    if (typeof filter.inStock === 'boolean') inStock = filter.inStock;
    else problems.push({ field: 'filter.inStock', message: 'filter.inStock must be true or false' });
  }
  const sort = checkSort(problems, args.sort, text);
  let after: SortValue[] | null = null;
  if (isGiven(args.nextToken)) {
    after = typeof args.nextToken === 'string' ? searchAfter(args.nextToken, sort) : null;
    if (!after) {
      problems.push({
        field: 'nextToken',
        message: `nextToken is not valid for this search (sort ${sort}); start again without it`,
      });
    }
  }
  raiseIfInvalid(problems);
  return { limit, sort, text, categoryIds, tags, minPrice, maxPrice, inStock, after };
}

function filters(plan: SearchPlan): Array<Record<string, unknown>> {
  const clauses: Array<Record<string, unknown>> = [{ term: { status: 'ACTIVE' } }];
  if (plan.categoryIds.length > 0) clauses.push({ terms: { categoryId: plan.categoryIds } });
  if (plan.minPrice !== null || plan.maxPrice !== null) {
    const bounds: Record<string, number> = {};
    if (plan.minPrice !== null) bounds.gte = plan.minPrice;
    if (plan.maxPrice !== null) bounds.lte = plan.maxPrice;
    clauses.push({ range: { priceMin: bounds } });
  }
  if (plan.inStock !== null) clauses.push({ term: { inStock: plan.inStock } });
  if (plan.tags.length > 0) clauses.push({ terms: { tags: plan.tags } });
  return clauses;
}

/**
 * The search: one hit more than the page to learn whether another page follows, facets as aggregations
 * (they count every match, whatever the page). RELEVANCE without text is still sent as RELEVANCE: every
 * score is equal then, so the newest-first tie-breakers order the results.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-elasticsearch-js.html
 */
export function searchRequest(plan: SearchPlan): SearchRequest {
  const must = plan.text
    ? [{ multi_match: { query: plan.text, fields: ['name^3', 'description', 'tags'], fuzziness: 'AUTO' } }]
    : [];
  const body: Record<string, unknown> = {
    size: plan.limit + 1,
    track_total_hits: TOTAL_HITS,
    _source: ['source'],
    query: { bool: { must, filter: filters(plan) } },
    sort: SEARCH_SORTS[plan.sort].map(([field, order]) => ({ [field]: { order } })),
  };
  if (plan.after) body.search_after = plan.after;
  const ranges: Array<{ from: number; to?: number }> = [];
  for (const band of PRICE_BANDS)
    ranges.push(band.to === undefined ? { from: band.from } : { from: band.from, to: band.to });
  body.aggs = {
    categories: { terms: { field: 'categoryId', size: FACET_SIZE } },
    tags: { terms: { field: 'tags', size: FACET_SIZE } },
    priceRanges: { range: { field: 'priceMin', ranges } },
  };
  return { operation: 'POST', path: `/${PRODUCT_INDEX}/_search`, params: { body } };
}

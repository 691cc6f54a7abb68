// An OpenSearch `_search` answer as a ProductSearchResult: products from each hit's stored `source` (no
// DynamoDB read), total, facets over every match, and the token after the last hit returned.
import { PRICE_BANDS } from '../../contracts/search-index.ts';
import { orderVariants, toProduct, type ProductItem, type VariantItem } from './catalog.ts';
import type { FacetCount, PriceRangeFacet, Product, ProductSearchResult } from './schema-types.ts';
import type { SearchPage } from './search-request.ts';
import { searchToken, type SortValue } from './search-token.ts';

interface Bucket {
  key: string | number;
  doc_count: number;
  from?: number;
  to?: number;
}

interface SearchHit {
  _source?: { source?: { product?: ProductItem; variants?: VariantItem[] } };
  sort?: SortValue[];
}

/** The part of OpenSearch 2.x's search response we read. */
export interface SearchResponse {
  hits?: { total?: { value?: number } | number; hits?: SearchHit[] };
  aggregations?: Record<string, { buckets?: Bucket[] } | undefined>;
  error?: { type?: string; reason?: string };
}

function toProductHit(hit: SearchHit, currency: string): Product | null {
  const stored = hit._source?.source;
  const product = stored?.product;
  if (!product) return null;
  return toProduct(product, currency, orderVariants(product.variantSkus ?? [], stored.variants ?? [], currency));
}

function termFacet(buckets: Bucket[] | undefined): FacetCount[] {
  return (buckets ?? []).map((bucket) => ({ value: `${bucket.key}`, count: bucket.doc_count }));
}

function priceFacet(buckets: Bucket[] | undefined): PriceRangeFacet[] {
  const found = buckets ?? [];
  const facets: PriceRangeFacet[] = [];
  for (const band of PRICE_BANDS) {
    const bucket = found.find((b) => b.from === band.from);
    facets.push({ min: band.from, max: band.to ?? null, count: bucket ? bucket.doc_count : 0 });
  }
  return facets;
}

function totalOf(total: { value?: number } | number | undefined): number {
  if (typeof total === 'number') return total;
  return total?.value ?? 0;
}

export function toSearchResult(result: SearchResponse, page: SearchPage, currency: string): ProductSearchResult {
  const hits = result.hits?.hits ?? [];
  const shown = hits.slice(0, page.limit);
  const last = shown[shown.length - 1];
  const more = hits.length > page.limit && !!last && Array.isArray(last.sort);
  const items: Product[] = [];
  for (const hit of shown) {
    const product = toProductHit(hit, currency);
    if (product) items.push(product);
  }
  const aggregations = result.aggregations ?? {};
  return {
    items,
    total: totalOf(result.hits?.total),
    facets: {
      categories: termFacet(aggregations.categories?.buckets),
      tags: termFacet(aggregations.tags?.buckets),
      priceRanges: priceFacet(aggregations.priceRanges?.buckets),
    },
    nextToken: more && last ? searchToken(page.sort, last.sort as SortValue[]) : null,
  };
}

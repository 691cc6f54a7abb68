// The product search index, one home for what the indexer writes, the stack creates at deploy,
// the resolver queries and the local search twin accepts: its name, its mapping and its documents.
// Pure data, no Node APIs, so resolvers can import it too.

/**
 * The alias every reader and writer names (searchProducts, the indexer, search:reindex): it points at one
 * concrete index, `products-v<N>` (productIndexName), so a mapping change that is not additive can build a
 * new index and swap the alias in one atomic POST /_aliases (functions/search-indexer/index-evolution.ts).
 */
export const PRODUCT_INDEX = 'products';

/**
 * The mapping's version, `_meta.version` below: raise it with any change to the mapping. An additive change
 * (only new fields) is put on the live index; any other builds `products-v<N>` from the table and swaps.
 */
export const PRODUCT_INDEX_VERSION = 1;

/** The concrete index behind the alias for mapping version `version`. */
export const productIndexName = (version: number): string => `${PRODUCT_INDEX}-v${version}`;

/**
 * One product as indexed: the table's product item with its variants, flattened for filters and
 * sorts, plus `source`, the product as the table stores it, so search results need no second read.
 * Every product is indexed whatever its status; searchProducts filters on `status: ACTIVE`.
 */
export interface ProductDocument {
  id: string;
  slug: string;
  name: string;
  description: string;
  tags: string[];
  categoryId: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  /** lowest variant price (minor units): the product's `priceFrom` */
  priceMin: number;
  /** highest variant price (minor units) */
  priceMax: number;
  /** at least one variant has stock > 0 */
  inStock: boolean;
  createdAt: string;
  updatedAt: string;
  /** the product item and its variant items as the table stores them (not indexed, only returned) */
  source: { product: Record<string, unknown>; variants: Array<Record<string, unknown>> };
}

/** The mapping `PUT /products-v<N>` is created with (OpenSearch 2.x); `_meta` is OpenSearch's free-form metadata. */
export const PRODUCT_INDEX_MAPPING = {
  settings: { index: { number_of_shards: 1, number_of_replicas: 1 } },
  mappings: {
    _meta: { version: PRODUCT_INDEX_VERSION },
    dynamic: 'strict',
    properties: {
      id: { type: 'keyword' },
      slug: { type: 'keyword' },
      name: { type: 'text' },
      description: { type: 'text' },
      tags: { type: 'keyword' },
      categoryId: { type: 'keyword' },
      status: { type: 'keyword' },
      priceMin: { type: 'long' },
      priceMax: { type: 'long' },
      inStock: { type: 'boolean' },
      createdAt: { type: 'date' },
      updatedAt: { type: 'date' },
      source: { type: 'object', enabled: false },
    },
  },
} as const;

/** The fixed price bands of the `priceRanges` facet, minor units, `to` exclusive (schema: ProductSearchFacets). */
export const PRICE_BANDS: ReadonlyArray<{ from: number; to?: number }> = [
  { from: 0, to: 1000 },
  { from: 1000, to: 2500 },
  { from: 2500, to: 5000 },
  { from: 5000, to: 10000 },
  { from: 10000, to: 25000 },
  { from: 25000 },
];

/** Most values a terms facet returns (schema: up to 50). */
export const FACET_SIZE = 50;

/**
 * The table items (docs/data-model.md `entity`) whose changes the catalog stream reader is fed: every item
 * with search data or images. The event source mapping's filter and the indexer both read it.
 */
export const CATALOG_ENTITIES = ['Product', 'Variant'] as const;

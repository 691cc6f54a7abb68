// The search document of one product, built from the product item and its variant items exactly as
// the table stores them (docs/data-model.md): the indexer and `npm run search:reindex` share it.
import type { ProductDocument } from '../../contracts/index.ts';

/** A table item as DynamoDB returns it, unmarshalled. */
export type StoredItem = Record<string, unknown>;

/** A product and its variants, read together (consistently) at `readAt`. */
export interface ProductRead {
  product: StoredItem;
  variants: StoredItem[];
}

const STATUSES = new Set<ProductDocument['status']>(['DRAFT', 'ACTIVE', 'ARCHIVED']);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const amount = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Variant prices, or the product's `variantPrices` copy when no variant item could be read. */
function prices(read: ProductRead): number[] {
  const fromVariants = read.variants.map((v) => amount(v.price)).filter((p): p is number => p !== undefined);
  if (fromVariants.length > 0) return fromVariants;
  const copy = read.product.variantPrices;
  if (!copy || typeof copy !== 'object') return [];
  return Object.values(copy as Record<string, unknown>)
    .map(amount)
    .filter((p): p is number => p !== undefined);
}

/** Variant items in the product's `variantSkus` order; items it does not list go last. */
export function orderedVariants(product: StoredItem, variants: StoredItem[]): StoredItem[] {
  const skus = Array.isArray(product.variantSkus) ? (product.variantSkus as unknown[]).map(String) : [];
  const rank = (v: StoredItem) => {
    const i = skus.indexOf(String(v.sku));
    return i === -1 ? skus.length : i;
  };
  return [...variants].sort((a, b) => rank(a) - rank(b));
}

export function productDocument(read: ProductRead): ProductDocument {
  const { product } = read;
  const variants = orderedVariants(product, read.variants);
  const all = prices(read);
  const status = text(product.status) as ProductDocument['status'];
  return {
    id: text(product.id),
    slug: text(product.slug),
    name: text(product.name),
    description: text(product.description),
    tags: Array.isArray(product.tags) ? (product.tags as unknown[]).map(String) : [],
    categoryId: text(product.categoryId),
    // An unknown status is indexed as DRAFT: never shown to shoppers, still findable by a reindex.
    status: STATUSES.has(status) ? status : 'DRAFT',
    priceMin: all.length > 0 ? Math.min(...all) : 0,
    priceMax: all.length > 0 ? Math.max(...all) : 0,
    inStock: variants.some((v) => (amount(v.stock) ?? 0) > 0),
    createdAt: text(product.createdAt),
    updatedAt: text(product.updatedAt),
    source: { product, variants },
  };
}

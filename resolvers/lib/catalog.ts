// Catalog items as stored, and how they read as GraphQL types (docs/data-model.md).
import type { Category, Product, ProductStatus, Variant, VariantOption } from './schema-types.ts';
import type { ProductImageItem } from './images.ts';
import { lowestPrice } from './money.ts';

export interface CategoryItem {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
}

export interface ProductItem {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  categoryId: string;
  /** Categories never change once created, so products carry a copy. */
  category: CategoryItem;
  tags: string[];
  status: ProductStatus;
  /** Variant SKUs in the order the admin gave them. */
  variantSkus: string[];
  /** sku → current price amount; priceFrom is the lowest. */
  variantPrices: Record<string, number>;
  /** In the order attached, at most 10; `imageKeys` mirrors their keys for the attach condition. */
  images: ProductImageItem[];
  imageKeys?: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface VariantItem {
  sku: string;
  productId: string;
  name: string;
  options: VariantOption[];
  price: number;
  stock: number;
  /** The product's status, kept on the variant so checkout's conditional write can require ACTIVE. */
  productStatus: ProductStatus;
}

export function toCategory(item: CategoryItem): Category {
  return { id: item.id, slug: item.slug, name: item.name, parentId: item.parentId ?? null };
}

export function toVariant(item: VariantItem, currency: string): Variant {
  return {
    sku: item.sku,
    productId: item.productId,
    name: item.name,
    options: item.options ?? [],
    price: { amount: item.price, currency },
    stock: item.stock,
    inStock: item.stock > 0,
  };
}

/**
 * The GraphQL Product; `variants` is filled only when the caller already has them (else Product.variants reads
 * them).
 */
export function toProduct(item: ProductItem, currency: string, variants?: Variant[]): Product {
  const product = {
    id: item.id,
    slug: item.slug,
    name: item.name,
    description: item.description ?? null,
    categoryId: item.categoryId,
    category: toCategory(item.category),
    tags: item.tags ?? [],
    status: item.status,
    // ProductImage.url is a field resolver: it builds the CDN URL from the key.
    images: (item.images ?? []).map((image) => ({
      key: image.key,
      alt: image.alt ?? null,
      contentType: image.contentType,
    })),
    priceFrom: { amount: lowestPrice(item.variantPrices), currency },
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
    variantSkus: item.variantSkus ?? [],
  } as unknown as Product;
  if (variants) product.variants = variants;
  return product;
}

/** Variants in the product's order, from items in any order. */
export function orderVariants(skus: string[], items: Array<VariantItem | null>, currency: string): Variant[] {
  const bySku: Record<string, VariantItem> = {};
  for (const item of items) {
    if (item) bySku[item.sku] = item;
  }
  const ordered: Variant[] = [];
  for (const sku of skus) {
    const item = bySku[sku];
    if (item) ordered.push(toVariant(item, currency));
  }
  return ordered;
}

export function isVisible(item: ProductItem | null | undefined, admin: boolean): boolean {
  return !!item && (admin || item.status === 'ACTIVE');
}

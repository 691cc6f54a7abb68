// The bench's catalog: products of 50 variants each with the most stock the shop allows, so the
// throughput levels never run out, and carts whose lines spread over products and variants.
import type { CartLine } from '../lib/index.ts';
import { createCategory, createProduct, type BenchShop } from './shop.ts';

// the most a variant may hold (MAX_STOCK in resolvers/lib/product-input.ts, whose imports need the resolver runtime)
const MAX_STOCK = 1_000_000;
export const PRODUCTS = 10;
export const VARIANTS_PER_PRODUCT = 50;

export const skuOf = (product: number, variant: number) => `BENCH${product}-${variant}`;

export async function createCatalog(shop: BenchShop): Promise<{ categoryId: string; skus: number }> {
  const categoryId = await createCategory(shop, 'bench-checkout');
  for (let p = 0; p < PRODUCTS; p += 1) {
    const variants = Array.from({ length: VARIANTS_PER_PRODUCT }, (_, v) => ({
      sku: skuOf(p, v),
      price: 500 + 10 * v,
      stock: MAX_STOCK,
    }));
    await createProduct(shop, categoryId, { slug: `bench-${p}`, variants });
  }
  return { categoryId, skus: PRODUCTS * VARIANTS_PER_PRODUCT };
}

/** `count` distinct random SKUs, 1–3 of each: a few lines, as a shopper's cart holds. */
export function randomCart(count: number): CartLine[] {
  const picked = new Set<string>();
  while (picked.size < count)
    picked.add(skuOf(Math.floor(Math.random() * PRODUCTS), Math.floor(Math.random() * VARIANTS_PER_PRODUCT)));
  return [...picked].map((sku) => ({ sku, quantity: 1 + Math.floor(Math.random() * 3) }));
}

/** n lines round-robin over the products (line j: product j mod 10), so 10+ lines touch every product. */
export function spreadCart(lines: number): CartLine[] {
  return Array.from({ length: lines }, (_, j) => ({
    sku: skuOf(j % PRODUCTS, Math.floor(j / PRODUCTS)),
    quantity: 1,
  }));
}

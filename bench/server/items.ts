// The benchmark's catalog: 1,000 ACTIVE products laid out exactly as the resolvers store them
// (resolvers/lib/catalog.ts ProductItem, keys from contracts/table-keys.ts, listing keys included), so
// our product(id) resolver returns them. Lean ones (two variants, one tag, a short description),
// yet about 720 B each as DynamoDB counts item size, not the reference's ~500 B: the eight listing
// keys and the copied category alone take ~330 B. Written straight into the table with the SDK.
import { BatchWriteItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { CategoryItem, ProductItem } from '../../resolvers/lib/catalog.ts';
import { productKey, productListingKeys } from '../../contracts/table-keys.ts';
import { lowestPrice } from '../../resolvers/lib/money.ts';

export const ITEM_COUNT = 1000;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** mulberry32: a small seeded PRNG, so every run loads the same catalog. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A ULID (48-bit time, 80 random bits, Crockford base32), as util.autoUlid() makes them. */
function ulid(time: number, random: () => number): string {
  let head = '';
  for (let t = time, i = 0; i < 10; i += 1, t = Math.floor(t / 32)) head = CROCKFORD[t % 32] + head;
  let tail = '';
  for (let i = 0; i < 16; i += 1) tail += CROCKFORD[Math.floor(random() * 32)];
  return head + tail;
}

const WORDS = [
  'linen',
  'oak',
  'amber',
  'slate',
  'copper',
  'woven',
  'field',
  'harbor',
  'cedar',
  'moss',
  'stone',
  'river',
  'canvas',
  'indigo',
  'ember',
  'frost',
];

export interface BenchProduct {
  item: Record<string, unknown>;
  /** the stored item's size as DynamoDB counts it (names + values) */
  bytes: number;
  /** the `data` of the expected GraphQL answer, as text */
  expectedData: string;
  id: string;
}

export function benchCatalog(currency: string, count = ITEM_COUNT): BenchProduct[] {
  const random = prng(20261127);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)] as string;
  const created = Date.UTC(2026, 0, 1);
  const category: CategoryItem = {
    id: ulid(created - 1000, random),
    slug: 'home-goods',
    name: 'Home goods',
    parentId: null,
  };
  const products: BenchProduct[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = ulid(created + i * 1000, random);
    const name = `${pick()} ${pick()} ${pick()} ${i}`.replace(/^./, (c) => c.toUpperCase());
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const skus = [0, 1].map((v) => `BN-${i.toString().padStart(4, '0')}-${v}`);
    const variantPrices: Record<string, number> = {};
    for (const sku of skus) variantPrices[sku] = 500 + Math.floor(random() * 20000);
    const at = new Date(created + i * 1000).toISOString();
    const product: ProductItem = {
      id,
      slug,
      name,
      description: `${pick()} ${pick()}, made to last.`,
      categoryId: category.id,
      category,
      tags: [pick()],
      status: 'ACTIVE',
      variantSkus: skus,
      variantPrices,
      images: [],
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    // Stored as Mutation.createProduct writes it: entity, the product, its listing keys (no nulls).
    const item: Record<string, unknown> = {
      ...productKey(id),
      entity: 'Product',
      ...product,
      ...productListingKeys(id, product.status, product.categoryId),
    };
    const priceFrom = { amount: lowestPrice(variantPrices), currency };
    products.push({
      id,
      item,
      bytes: itemSize(item),
      expectedData: JSON.stringify({ product: { id, name, slug, status: 'ACTIVE', priceFrom } }),
    });
  }
  return products;
}

/** Plain JSON → DynamoDB typed values (what the SDK's marshall does for these types). */
function marshall(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(marshall) };
  const map: Record<string, AttributeValue> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) map[k] = marshall(v);
  return { M: map };
}

/** An item's size as DynamoDB computes it: attribute names plus values (numbers ~1 B per 2 digits). */
export function itemSize(item: Record<string, unknown>): number {
  const size = (v: unknown): number => {
    if (v === null || typeof v === 'boolean') return 1;
    if (typeof v === 'string') return Buffer.byteLength(v);
    if (typeof v === 'number') return Math.ceil(String(Math.abs(v)).replace('.', '').replace(/^0+/, '').length / 2) + 1;
    if (Array.isArray(v)) return 3 + v.reduce((n: number, x) => n + 1 + size(x), 0);
    return (
      3 + Object.entries(v as Record<string, unknown>).reduce((n, [k, x]) => n + Buffer.byteLength(k) + 1 + size(x), 0)
    );
  };
  return Object.entries(item).reduce((n, [k, v]) => n + Buffer.byteLength(k) + size(v), 0);
}

/** BatchWriteItem in chunks of 25, retrying unprocessed items. */
export async function loadCatalog(client: DynamoDBClient, tableName: string, products: BenchProduct[]): Promise<void> {
  for (let i = 0; i < products.length; i += 25) {
    let requests = products
      .slice(i, i + 25)
      .map((p) => ({ PutRequest: { Item: (marshall(p.item) as { M: Record<string, AttributeValue> }).M } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt > 10) throw new Error('BatchWriteItem kept leaving items unprocessed');
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }));
      requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}

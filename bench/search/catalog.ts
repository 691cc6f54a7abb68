// Generated products written straight into DynamoDB Local in the table's own item shape (as
// createProduct writes them: product item + variant items), in BatchWriteItem chunks of 25: the
// stream and the indexer then see exactly what the API's writes produce, at bulk speed.
import { BatchWriteItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { productKey, productListingKeys, variantKey } from '../../contracts/table-keys.ts';

const NOUNS = ['lamp', 'table', 'chair', 'shelf', 'rug', 'throw', 'cushion', 'vase', 'mirror', 'clock', 'bowl', 'mug'];
const ADJECTIVES = ['brass', 'oak', 'pine', 'linen', 'wool', 'cotton', 'paper', 'glass', 'stone', 'velvet', 'cedar'];
const TAGS = ['new', 'sale', 'gift', 'eco', 'handmade', 'classic', 'modern', 'soft', 'small', 'large'];

export const WORDS = [...NOUNS, ...ADJECTIVES];

export interface Category {
  id: string;
  slug: string;
  name: string;
  parentId: null;
}

/** Deterministic pseudo-random numbers, so every run generates the same catalog. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

/** A ULID-shaped id that sorts by `n` (bench ids only need to be unique and ordered). */
function benchId(run: string, n: number): string {
  return `01BENCH${run}${String(n).padStart(26 - 7 - run.length, '0')}`;
}

/** Product `n` of a run: its product item and two variant items, as createProduct writes them. */
export function productItems(run: string, n: number, categories: Category[], next: () => number) {
  const id = benchId(run, n);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const category = pick(categories);
  const name = `${pick(ADJECTIVES)} ${pick(NOUNS)} ${n}`;
  const now = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
  const skus = [`B${run}-${n}-A`, `B${run}-${n}-B`];
  const prices = skus.map(() => 100 + Math.floor(next() * 40_000));
  const product = {
    entity: 'Product',
    ...productKey(id),
    id,
    slug: `bench-${run.toLowerCase()}-${n}`,
    name,
    description: `A ${name} for the benchmark catalog.`,
    categoryId: category.id,
    category,
    tags: [pick(TAGS), pick(TAGS)].filter((t, i, all) => all.indexOf(t) === i),
    status: 'ACTIVE',
    variantSkus: skus,
    variantPrices: Object.fromEntries(skus.map((s, i) => [s, prices[i]])),
    images: [],
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...productListingKeys(id, 'ACTIVE', category.id),
  };
  const variants = skus.map((sku, i) => ({
    entity: 'Variant',
    ...variantKey(sku),
    sku,
    productId: id,
    name: i === 0 ? 'Small' : 'Large',
    options: [],
    price: prices[i],
    stock: Math.floor(next() * 3) * 5,
    productStatus: 'ACTIVE',
  }));
  return [product, ...variants];
}

/** Writes `count` products (3 items each) with `lanes` BatchWriteItem calls in flight; resolves when all are in. */
export async function writeCatalog(options: {
  client: DynamoDBClient;
  tableName: string;
  run: string;
  from: number;
  count: number;
  categories: Category[];
  lanes?: number;
}): Promise<void> {
  const { client, tableName, run, from, count, categories } = options;
  const next = random(from + 1);
  let n = from;
  const end = from + count;
  const lane = async () => {
    for (;;) {
      const items: Array<Record<string, unknown>> = [];
      // 8 products = 24 items, within BatchWriteItem's 25
      for (let i = 0; i < 8 && n < end; i++) items.push(...productItems(run, n++, categories, next));
      if (items.length === 0) return;
      let requests = items.map((item) => ({ PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) } }));
      while (requests.length > 0) {
        const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }));
        requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: options.lanes ?? 4 }, lane));
}

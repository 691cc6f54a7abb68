// Only when the page selects `items/variants`: every variant of the page in ONE consistent
// BatchGetItem, attached to its product, so Product.variants makes no call of its own. A
// BatchGetItem takes at most 100 keys: a page whose products hold more variants than that ends
// at the last product that fits (at least 2, as a product has ≤ 50), with a cursor to the rest.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { orderVariants, type VariantItem } from '../../lib/catalog.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { tableName } from '../../lib/items.ts';
import { variantKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import { cursorAfter } from '../../lib/page-cursor.ts';
import type { Product } from '../../lib/schema-types.ts';

const BATCH_KEYS = 100;

interface Page {
  items: Array<Product & { variantSkus: string[] }>;
  nextToken: string | null;
}

export function request(ctx: Context) {
  const page = ctx.prev.result as Page;
  const selected = ctx.info.selectionSetList ?? [];
  if (selected.indexOf('items/variants') < 0 || page.items.length === 0) runtime.earlyReturn(page);
  const kept: Page['items'] = [];
  const skus: string[] = [];
  for (const product of page.items) {
    if (skus.length + product.variantSkus.length > BATCH_KEYS) break;
    kept.push(product);
    for (const sku of product.variantSkus) skus.push(sku);
  }
  if (kept.length < page.items.length) {
    page.items = kept;
    page.nextToken = cursorAfter(ctx.stash.partition as string, (kept[kept.length - 1] as Product).id);
  }
  ctx.stash.page = page;
  if (skus.length === 0)
    runtime.earlyReturn({ items: kept.map((p) => ({ ...p, variants: [] })), nextToken: page.nextToken });
  return ddb.batchGet({
    tables: { [tableName(ctx.env)]: { keys: skus.map((sku) => variantKey(sku)), consistentRead: true } },
  });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const page = ctx.stash.page as Page;
  const items = (ctx.result?.data?.[tableName(ctx.env)] ?? []) as Array<VariantItem | null>;
  const currency = shopCurrency(ctx);
  return {
    items: page.items.map((p) => ({ ...p, variants: orderVariants(p.variantSkus, items, currency) })),
    nextToken: page.nextToken,
  };
}

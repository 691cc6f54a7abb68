// Product.variants: free when the parent already holds them (a product just written); otherwise
// one consistent BatchGetItem of the product's SKUs, returned in the admin's order.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { orderVariants, type VariantItem } from '../lib/catalog.ts';
import { raiseDataSourceError } from '../lib/errors.ts';
import { tableName } from '../lib/items.ts';
import { variantKey } from '../../contracts/table-keys.ts';
import { shopCurrency } from '../lib/money.ts';

interface ProductSource {
  variants?: unknown[];
  variantSkus?: string[];
}

export function request(ctx: Context) {
  const source = ctx.source as ProductSource;
  if (Array.isArray(source.variants)) runtime.earlyReturn(source.variants);
  const skus = source.variantSkus ?? [];
  if (skus.length === 0) runtime.earlyReturn([]);
  return ddb.batchGet({
    tables: { [tableName(ctx.env)]: { keys: skus.map((sku) => variantKey(sku)), consistentRead: true } },
  });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const items = (ctx.result?.data?.[tableName(ctx.env)] ?? []) as Array<VariantItem | null>;
  return orderVariants((ctx.source as ProductSource).variantSkus ?? [], items, shopCurrency(ctx));
}

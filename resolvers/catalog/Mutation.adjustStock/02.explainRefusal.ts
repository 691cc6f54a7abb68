// Runs only when the adjustment was refused: reads the variant to say why.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { VariantItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { variantKey } from '../../../contracts/table-keys.ts';
import { MAX_STOCK } from '../../lib/product-input.ts';
import type { MutationAdjustStockArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationAdjustStockArgs>) {
  if (!ctx.stash.refused) runtime.earlyReturn(ctx.prev.result);
  return ddb.get({ key: variantKey(ctx.args.sku), consistentRead: true });
}

export function response(ctx: Context<MutationAdjustStockArgs>) {
  raiseDataSourceError(ctx.error);
  const { sku, delta } = ctx.args;
  const variant = ctx.result as VariantItem | null;
  if (!variant) fail(`sku: no variant ${sku}`, 'NotFound', { fields: ['sku'] });
  if (delta < 0) {
    fail(`Only ${variant.stock} of ${sku} in stock; cannot remove ${-delta}`, 'InsufficientStock', {
      skus: [sku],
      stock: variant.stock,
      requested: -delta,
    });
  }
  return fail(`delta: stock of ${sku} would exceed ${MAX_STOCK}`, 'ValidationError', {
    fields: ['delta'],
    stock: variant.stock,
  });
}

// Variant price and the product's copy of it change together or not at all.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { tableName } from '../../lib/items.ts';
import { productKey, variantKey } from '../../../contracts/table-keys.ts';
import type { MutationSetVariantPriceArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationSetVariantPriceArgs>) {
  const table = tableName(ctx.env);
  const amount = ctx.stash.amount as number;
  const exists = { pk: { attributeExists: true } };
  return ddb.transactWrite({
    items: [
      { updateItem: { table, key: variantKey(ctx.args.sku), update: { price: amount }, condition: exists } },
      {
        updateItem: {
          table,
          key: productKey(ctx.prev.result as string),
          update: { variantPrices: { [ctx.args.sku]: amount }, updatedAt: util.time.nowISO8601() },
          condition: exists,
        },
      },
    ],
  });
}

export function response(ctx: Context<MutationSetVariantPriceArgs>) {
  raiseDataSourceError(ctx.error);
  return null;
}

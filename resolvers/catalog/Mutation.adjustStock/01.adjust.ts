// stock = stock + delta, only if the variant exists and the result stays within 0–1,000,000.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toVariant, type VariantItem } from '../../lib/catalog.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { variantKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import { MAX_STOCK } from '../../lib/product-input.ts';
import type { MutationAdjustStockArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationAdjustStockArgs>) {
  const { sku, delta } = ctx.args;
  const condition =
    delta < 0
      ? { pk: { attributeExists: true }, stock: { ge: -delta } }
      : { pk: { attributeExists: true }, stock: { le: MAX_STOCK - delta } };
  return ddb.update({ key: variantKey(sku), update: { stock: ddb.operations.increment(delta) }, condition });
}

export function response(ctx: Context<MutationAdjustStockArgs>) {
  if (ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException') {
    ctx.stash.refused = true;
    return null;
  }
  raiseDataSourceError(ctx.error);
  return toVariant(ctx.result as VariantItem, shopCurrency(ctx));
}

// The variant (for its product id); NotFound when the SKU is unknown.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { VariantItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { variantKey } from '../../../contracts/table-keys.ts';
import type { MutationSetVariantPriceArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationSetVariantPriceArgs>) {
  return ddb.get({ key: variantKey(ctx.args.sku), consistentRead: true });
}

export function response(ctx: Context<MutationSetVariantPriceArgs>) {
  raiseDataSourceError(ctx.error);
  const variant = ctx.result as VariantItem | null;
  if (!variant) fail(`sku: no variant ${ctx.args.sku}`, 'NotFound', { fields: ['sku'] });
  return variant.productId;
}

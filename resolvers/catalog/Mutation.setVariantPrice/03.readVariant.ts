// The variant as stored now (its stock may have moved since the first read).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toVariant, type VariantItem } from '../../lib/catalog.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { variantKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { MutationSetVariantPriceArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationSetVariantPriceArgs>) {
  return ddb.get({ key: variantKey(ctx.args.sku), consistentRead: true });
}

export function response(ctx: Context<MutationSetVariantPriceArgs>) {
  raiseDataSourceError(ctx.error);
  return toVariant(ctx.result as VariantItem, shopCurrency(ctx));
}

// The product must exist (any status: admins prepare drafts with their pictures).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { ProductItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { productKey } from '../../../contracts/table-keys.ts';
import type { MutationCreateProductImageUploadArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationCreateProductImageUploadArgs>) {
  return ddb.get({ key: productKey(ctx.args.productId), consistentRead: true });
}

export function response(ctx: Context<MutationCreateProductImageUploadArgs>) {
  raiseDataSourceError(ctx.error);
  const product = ctx.result as ProductItem | null;
  if (!product) fail(`productId: no product ${ctx.args.productId}`, 'NotFound', { fields: ['productId'] });
  return null;
}

// The product and where the image sits in its list: NotFound for an unknown product or a key it
// does not have.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { ProductItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { imageIndex } from '../../lib/images.ts';
import { productKey } from '../../../contracts/table-keys.ts';
import type { MutationRemoveProductImageArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRemoveProductImageArgs>) {
  return ddb.get({ key: productKey(ctx.args.productId), consistentRead: true });
}

export function response(ctx: Context<MutationRemoveProductImageArgs>) {
  raiseDataSourceError(ctx.error);
  const { productId, key } = ctx.args;
  const product = ctx.result as ProductItem | null;
  if (!product) fail(`productId: no product ${productId}`, 'NotFound', { fields: ['productId'] });
  const index = imageIndex(product.images, key);
  if (index < 0) fail(`key: ${key} is not attached to product ${productId}`, 'NotFound', { fields: ['key'] });
  ctx.stash.index = index;
  return null;
}

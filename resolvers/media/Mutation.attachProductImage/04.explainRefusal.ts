// Runs only when the append was refused (another attach won the race): reads the product to say why.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toProduct, type ProductItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { imageIndex, MAX_IMAGES_PER_PRODUCT } from '../../lib/images.ts';
import { productKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { MutationAttachProductImageArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationAttachProductImageArgs>) {
  if (!ctx.stash.refused) runtime.earlyReturn(ctx.prev.result);
  return ddb.get({ key: productKey(ctx.args.productId), consistentRead: true });
}

export function response(ctx: Context<MutationAttachProductImageArgs>) {
  raiseDataSourceError(ctx.error);
  const { productId, key } = ctx.args;
  const product = ctx.result as ProductItem | null;
  if (!product) fail(`productId: no product ${productId}`, 'NotFound', { fields: ['productId'] });
  // The same key attached meanwhile: attaching is idempotent, so this call succeeds unchanged.
  if (imageIndex(product.images, key) >= 0) return toProduct(product, shopCurrency(ctx));
  if ((product.images ?? []).length >= MAX_IMAGES_PER_PRODUCT) {
    fail(`productId: the product already has ${MAX_IMAGES_PER_PRODUCT} images; remove one first`, 'ValidationError', {
      fields: ['productId'],
    });
  }
  return fail('productId: the product changed while attaching; try again', 'ConflictError', {
    fields: ['productId'],
  });
}

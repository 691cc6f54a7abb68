// The product as it is: NotFound when missing; an image already attached answers the product
// unchanged (later steps pass it through); a product with 10 images takes no more.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { toProduct, type ProductItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { imageIndex, MAX_IMAGES_PER_PRODUCT } from '../../lib/images.ts';
import { productKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { MutationAttachProductImageArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationAttachProductImageArgs>) {
  return ddb.get({ key: productKey(ctx.args.productId), consistentRead: true });
}

export function response(ctx: Context<MutationAttachProductImageArgs>) {
  raiseDataSourceError(ctx.error);
  const { productId, key } = ctx.args;
  const product = ctx.result as ProductItem | null;
  if (!product) fail(`productId: no product ${productId}`, 'NotFound', { fields: ['productId'] });
  const images = product.images ?? [];
  if (imageIndex(images, key) >= 0) {
    ctx.stash.unchanged = true;
  } else if (images.length >= MAX_IMAGES_PER_PRODUCT) {
    fail(`productId: the product already has ${MAX_IMAGES_PER_PRODUCT} images; remove one first`, 'ValidationError', {
      fields: ['productId'],
    });
  }
  return toProduct(product, shopCurrency(ctx));
}

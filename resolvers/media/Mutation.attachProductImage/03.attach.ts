// One UpdateItem appends the image on the condition that the product exists, the key is not yet in
// `imageKeys` and it has fewer than 10 images, so racing attaches never exceed 10 or duplicate.
// Images do not bump `version` (only updateProduct does, per the schema); they do bump `updatedAt`.
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html
import { runtime, util, type Context } from '@aws-appsync/utils';
import { toProduct, type ProductItem } from '../../lib/catalog.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { MAX_IMAGES_PER_PRODUCT, type ProductImageItem } from '../../lib/images.ts';
import { productKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { MutationAttachProductImageArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationAttachProductImageArgs>) {
  if (ctx.stash.unchanged) runtime.earlyReturn(ctx.prev.result);
  const image = ctx.stash.image as ProductImageItem;
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues(productKey(ctx.args.productId)),
    update: {
      expression:
        'SET #images = list_append(if_not_exists(#images, :none), :image), ' +
        '#imageKeys = list_append(if_not_exists(#imageKeys, :none), :keys), #updatedAt = :now',
      expressionNames: { '#images': 'images', '#imageKeys': 'imageKeys', '#updatedAt': 'updatedAt' },
      expressionValues: util.dynamodb.toMapValues({
        ':none': [],
        ':image': [{ key: image.key, alt: image.alt, contentType: image.contentType }],
        ':keys': [image.key],
        ':now': util.time.nowISO8601(),
      }),
    },
    condition: {
      expression:
        'attribute_exists(#pk) AND NOT contains(#imageKeys, :key) ' +
        'AND (attribute_not_exists(#images) OR size(#images) < :max)',
      expressionNames: { '#pk': 'pk', '#imageKeys': 'imageKeys', '#images': 'images' },
      expressionValues: util.dynamodb.toMapValues({ ':key': image.key, ':max': MAX_IMAGES_PER_PRODUCT }),
    },
  };
}

export function response(ctx: Context<MutationAttachProductImageArgs>) {
  if (ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException') {
    ctx.stash.refused = true;
    return null;
  }
  raiseDataSourceError(ctx.error);
  return toProduct(ctx.result as ProductItem, shopCurrency(ctx));
}

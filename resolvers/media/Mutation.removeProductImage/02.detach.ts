// One UpdateItem removes the list element read at `index`, on the condition that it (and its
// `imageKeys` twin) still holds this key. A lost race (the list moved meanwhile) is a ConflictError:
// nothing changed, read the product and retry. Bumps `updatedAt`, never `version` (schema: Product).
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
import { util, type Context } from '@aws-appsync/utils';
import { toProduct, type ProductItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { productKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { MutationRemoveProductImageArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRemoveProductImageArgs>) {
  const index = ctx.stash.index as number;
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues(productKey(ctx.args.productId)),
    update: {
      expression: `REMOVE #images[${index}], #imageKeys[${index}] SET #updatedAt = :now`,
      expressionNames: { '#images': 'images', '#imageKeys': 'imageKeys', '#updatedAt': 'updatedAt' },
      expressionValues: util.dynamodb.toMapValues({ ':now': util.time.nowISO8601() }),
    },
    condition: {
      expression: `#images[${index}].#key = :key AND #imageKeys[${index}] = :key`,
      expressionNames: { '#images': 'images', '#imageKeys': 'imageKeys', '#key': 'key' },
      expressionValues: util.dynamodb.toMapValues({ ':key': ctx.args.key }),
    },
  };
}

export function response(ctx: Context<MutationRemoveProductImageArgs>) {
  if (ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException') {
    fail("key: the product's images changed while removing; read the product and try again", 'ConflictError', {
      fields: ['key'],
    });
  }
  raiseDataSourceError(ctx.error);
  return toProduct(ctx.result as ProductItem, shopCurrency(ctx));
}

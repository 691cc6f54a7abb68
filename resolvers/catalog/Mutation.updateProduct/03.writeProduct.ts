// One TransactWriteItems: the product's changed fields, version + 1 and listing keys, on the
// condition that version is still expectedVersion; when the status changes, every variant's copy
// of it too (checkout requires ACTIVE on the variant itself).
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { TransactWriteItem } from '@aws-appsync/utils/lib/dynamodb-helpers';
import { toProduct, type ProductItem } from '../../lib/catalog.ts';
import { cancellationReasons, conditionFailed, fail, raiseDataSourceError } from '../../lib/errors.ts';
import { tableName } from '../../lib/items.ts';
import { productKey, productListingKeys, variantKey } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { MutationUpdateProductArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationUpdateProductArgs>) {
  const current = ctx.stash.current as ProductItem;
  const changes = ctx.stash.changes as Partial<ProductItem>;
  const updated: ProductItem = {
    ...current,
    ...changes,
    version: current.version + 1,
    updatedAt: util.time.nowISO8601(),
  };
  if (ctx.stash.category) updated.category = ctx.stash.category as ProductItem['category'];
  ctx.stash.updated = updated;

  const update: Record<string, unknown> = {
    ...changes,
    version: updated.version,
    updatedAt: updated.updatedAt,
    category: ddb.operations.replace(updated.category),
  };
  if (changes.description === null) update.description = ddb.operations.remove();
  for (const [name, value] of Object.entries(productListingKeys(updated.id, updated.status, updated.categoryId))) {
    update[name] = value === null ? ddb.operations.remove() : value;
  }
  const table = tableName(ctx.env);
  const items: TransactWriteItem[] = [
    {
      updateItem: {
        table,
        key: productKey(current.id),
        update,
        condition: { version: { eq: ctx.args.input.expectedVersion } },
      },
    },
  ];
  if (updated.status !== current.status) {
    for (const sku of current.variantSkus) {
      items.push({
        updateItem: {
          table,
          key: variantKey(sku),
          update: { productStatus: updated.status },
          condition: { pk: { attributeExists: true } },
        },
      });
    }
  }
  return ddb.transactWrite({ items });
}

export function response(ctx: Context<MutationUpdateProductArgs>) {
  if (ctx.error) {
    if (conditionFailed(cancellationReasons(ctx.result)[0])) {
      fail('input.expectedVersion: the product changed while updating; read it again', 'ConflictError', {
        fields: ['input.expectedVersion'],
      });
    }
    raiseDataSourceError(ctx.error);
  }
  return toProduct(ctx.stash.updated as ProductItem, shopCurrency(ctx));
}

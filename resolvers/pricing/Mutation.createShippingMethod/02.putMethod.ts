// The new method under a fresh ULID (only if absent), with its listing keys and a fresh revision.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { withoutNulls } from '../../lib/items.ts';
import { shippingMethodKey, shippingMethodListingKeys } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import type { CheckedShippingMethod } from '../../lib/pricing-input.ts';
import { toShippingMethod, type ShippingMethodItem } from '../../lib/pricing-items.ts';

export function request(ctx: Context) {
  const input = ctx.stash.input as CheckedShippingMethod;
  const id = util.autoUlid();
  const now = util.time.nowISO8601();
  const method: ShippingMethodItem = { id, ...input, revision: util.autoUlid(), createdAt: now, updatedAt: now };
  ctx.stash.method = method;
  return ddb.put({
    key: shippingMethodKey(id),
    item: withoutNulls({ entity: 'ShippingMethod', ...method, ...shippingMethodListingKeys(id) }),
    condition: { pk: { attributeExists: false } },
  });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  return toShippingMethod(ctx.stash.method as ShippingMethodItem, shopCurrency(ctx));
}

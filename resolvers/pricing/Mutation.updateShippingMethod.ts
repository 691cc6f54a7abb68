// updateShippingMethod: admins (schema directive). Replaces every field of an existing method (the
// condition makes an absent one NotFound instead of creating it), keeps createdAt, sets a fresh revision.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../lib/errors.ts';
import { knownId } from '../lib/ids.ts';
import { shippingMethodKey } from '../../contracts/table-keys.ts';
import { shopCurrency } from '../lib/money.ts';
import { checkShippingMethodInput } from '../lib/pricing-input.ts';
import { toShippingMethod, type ShippingMethodItem } from '../lib/pricing-items.ts';
import type { MutationUpdateShippingMethodArgs } from '../lib/schema-types.ts';
import { raiseIfInvalid, type Problems } from '../lib/validation.ts';

/** A value to SET, or REMOVE for null: an omitted optional field is absent from the item, never NULL. */
function setOrRemove(value: number | null) {
  return value === null ? ddb.operations.remove() : value;
}

export function request(ctx: Context<MutationUpdateShippingMethodArgs>) {
  const problems: Problems = [];
  const input = checkShippingMethodInput(problems, ctx.args.input, shopCurrency(ctx));
  raiseIfInvalid(problems);
  // a malformed id names no method: NotFound without a read (ids.ts)
  const id = knownId('id', ctx.args.id, 'shipping method');
  return ddb.update({
    key: shippingMethodKey(id),
    update: {
      name: input.name,
      countries: ddb.operations.replace(input.countries),
      price: input.price,
      freeOver: setOrRemove(input.freeOver),
      minDays: setOrRemove(input.minDays),
      maxDays: setOrRemove(input.maxDays),
      active: input.active,
      revision: util.autoUlid(),
      updatedAt: util.time.nowISO8601(),
    },
    condition: { pk: { attributeExists: true } },
  });
}

export function response(ctx: Context<MutationUpdateShippingMethodArgs>) {
  if (ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException') {
    fail(`id: no shipping method ${ctx.args.id}`, 'NotFound', { fields: ['id'] });
  }
  raiseDataSourceError(ctx.error);
  return toShippingMethod(ctx.result as ShippingMethodItem, shopCurrency(ctx));
}

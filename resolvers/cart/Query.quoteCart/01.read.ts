// The cart, the destination's tax rates, the chosen method, the code and the caller's use of it: one
// consistent BatchGetItem (≤ 6 keys). A method that cannot serve the address is refused here.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { cartRecord } from '../../lib/cart.ts';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { tableName } from '../../lib/items.ts';
import { cartKey } from '../../../contracts/table-keys.ts';
import { checkMethod, pricingKeys, pricingRead, type PricingChoice } from '../../lib/pricing-reads.ts';

export function request(ctx: Context) {
  const sub = ctx.stash.sub as string;
  const keys = [cartKey(sub), ...pricingKeys(sub, ctx.stash.choice as PricingChoice)];
  return ddb.batchGet({ tables: { [tableName(ctx.env)]: { keys, consistentRead: true } } });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const items = (ctx.result?.data?.[tableName(ctx.env)] ?? []) as unknown[];
  const choice = ctx.stash.choice as PricingChoice;
  const read = pricingRead(items, choice);
  checkMethod(read, choice, 'input.shippingMethodId');
  ctx.stash.cart = cartRecord(items.find((item) => (item as { sk?: string } | null)?.sk === 'CART') ?? null);
  ctx.stash.pricing = read;
  return null;
}

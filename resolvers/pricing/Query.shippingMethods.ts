// shippingMethods: anyone. One Query of the whole (≤100) shipping partition, then the active methods
// serving the country, cheapest first.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../lib/errors.ts';
import { SHIPPING_METHODS_PARTITION } from '../../contracts/table-keys.ts';
import { shopCurrency } from '../lib/money.ts';
import { checkCountry } from '../lib/pricing-input.ts';
import { methodsServing, toShippingMethod, type ShippingMethodItem } from '../lib/pricing-items.ts';
import type { QueryShippingMethodsArgs } from '../lib/schema-types.ts';
import { raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<QueryShippingMethodsArgs>) {
  const problems: Problems = [];
  ctx.stash.country = checkCountry(problems, 'country', ctx.args.country);
  raiseIfInvalid(problems);
  return ddb.query({ index: 'GSI1', query: { gsi1pk: { eq: SHIPPING_METHODS_PARTITION } }, limit: 1000 });
}

export function response(ctx: Context<QueryShippingMethodsArgs>) {
  raiseDataSourceError(ctx.error);
  const items = (ctx.result?.items ?? []) as ShippingMethodItem[];
  const currency = shopCurrency(ctx);
  return methodsServing(items, ctx.stash.country as string).map((item) => toShippingMethod(item, currency));
}

// Every shipping method (one Query of GSI1: at most 100), of which the quote lists those serving the
// address; then the totals, by the same arithmetic checkout uses.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { SHIPPING_METHODS_PARTITION } from '../../../contracts/table-keys.ts';
import { shopCurrency } from '../../lib/money.ts';
import { toTotals } from '../../lib/order-totals.ts';
import { methodsServing, toShippingMethod, type ShippingMethodItem } from '../../lib/pricing-items.ts';
import { priceChoice, type PricingChoice, type PricingRead } from '../../lib/pricing-reads.ts';
import type { CartQuote } from '../../lib/schema-types.ts';

export function request(_ctx: Context) {
  return ddb.query({ index: 'GSI1', query: { gsi1pk: { eq: SHIPPING_METHODS_PARTITION } } });
}

export function response(ctx: Context): CartQuote {
  raiseDataSourceError(ctx.error);
  const choice = ctx.stash.choice as PricingChoice;
  const currency = shopCurrency(ctx);
  const priced = priceChoice(ctx, ctx.stash.lineTotals as number[], choice, ctx.stash.pricing as PricingRead, 'input');
  const methods = methodsServing((ctx.result?.items ?? []) as ShippingMethodItem[], choice.country);
  return {
    totals: toTotals(priced, currency),
    shippingMethods: methods.map((method) => toShippingMethod(method, currency)),
  };
}

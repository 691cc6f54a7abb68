// setVariantPrice: check the price, find the variant, then change its price and the product's
// price list (priceFrom) in one transaction; answers the variant as stored afterwards.
import type { Context } from '@aws-appsync/utils';
import { checkPrice, shopCurrency } from '../../lib/money.ts';
import { checkSku } from '../../lib/product-input.ts';
import type { MutationSetVariantPriceArgs } from '../../lib/schema-types.ts';
import { raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationSetVariantPriceArgs>) {
  const problems: Problems = [];
  checkSku(problems, 'sku', ctx.args.sku);
  ctx.stash.amount = checkPrice(problems, 'price', ctx.args.price, shopCurrency(ctx));
  raiseIfInvalid(problems);
  return {};
}

export function response(ctx: Context<MutationSetVariantPriceArgs>) {
  return ctx.prev.result;
}

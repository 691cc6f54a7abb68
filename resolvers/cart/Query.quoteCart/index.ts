// quoteCart: the caller's cart priced for an address, a method and a code, writing nothing. Three
// DynamoDB calls whatever the cart holds: the cart with the rates, method and code (one BatchGetItem),
// the lines' catalog (one BatchGetItem), the shipping methods (one Query).
import type { Context } from '@aws-appsync/utils';
import { requireCustomer } from '../../lib/cart.ts';
import { pricingChoice } from '../../lib/pricing-reads.ts';
import { checkAddress } from '../../lib/profile.ts';
import type { QueryQuoteCartArgs } from '../../lib/schema-types.ts';
import { raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<QueryQuoteCartArgs>) {
  ctx.stash.sub = requireCustomer(ctx);
  const problems: Problems = [];
  const input = ctx.args.input;
  const address = checkAddress(problems, 'input.shippingAddress', input.shippingAddress);
  raiseIfInvalid(problems);
  ctx.stash.choice = pricingChoice(address, input.shippingMethodId, input.promotionCode);
  return {};
}

export function response(ctx: Context<QueryQuoteCartArgs>) {
  return ctx.prev.result;
}

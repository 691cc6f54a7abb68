// checkout: the cart becomes an order in one TransactWriteItems (lib/checkout.ts). Reads first:
// the idempotency record with the cart and what pricing needs (rates, method, code), then the lines'
// variants and products; a retry of a placed order answers that order. 3 DynamoDB calls for any cart
// of 1–50 lines.
import type { Context } from '@aws-appsync/utils';
import { requireCustomer } from '../../lib/cart.ts';
import { checkAddress } from '../../lib/profile.ts';
import { pricingChoice } from '../../lib/pricing-reads.ts';
import type { MutationCheckoutArgs } from '../../lib/schema-types.ts';
import { checkInt, checkPattern, raiseIfInvalid, type Problems } from '../../lib/validation.ts';
import { MAX_ORDER_TOTAL } from '../../lib/checkout.ts';

export function request(ctx: Context<MutationCheckoutArgs>) {
  ctx.stash.sub = requireCustomer(ctx);
  const problems: Problems = [];
  ctx.stash.address = checkAddress(problems, 'input.shippingAddress', ctx.args.input.shippingAddress);
  ctx.stash.key = checkPattern(
    problems,
    'input.idempotencyKey',
    ctx.args.input.idempotencyKey,
    '[A-Za-z0-9_-]{8,128}',
    '[A-Za-z0-9_-]{8,128}',
  );
  const input = ctx.args.input;
  const expected = input.expectedTotal;
  ctx.stash.expectedTotal =
    expected === null || expected === undefined
      ? null
      : checkInt(problems, 'input.expectedTotal', expected, 0, MAX_ORDER_TOTAL);
  raiseIfInvalid(problems);
  ctx.stash.choice = pricingChoice(ctx.stash.address, input.shippingMethodId, input.promotionCode);
  return {};
}

export function response(ctx: Context<MutationCheckoutArgs>) {
  return ctx.prev.result;
}

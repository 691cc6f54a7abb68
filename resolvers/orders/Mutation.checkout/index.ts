// checkout: the cart becomes an order in one TransactWriteItems (lib/checkout.ts). Reads first:
// the idempotency record with the cart, then the lines' variants and products; a retry of a
// placed order answers that order. 3 DynamoDB calls for any cart of 1–50 lines.
import type { Context } from '@aws-appsync/utils';
import { requireCustomer } from '../../lib/cart.ts';
import { checkAddress } from '../../lib/profile.ts';
import type { MutationCheckoutArgs } from '../../lib/schema-types.ts';
import { checkPattern, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

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
  raiseIfInvalid(problems);
  return {};
}

export function response(ctx: Context<MutationCheckoutArgs>) {
  return ctx.prev.result;
}

// createShippingMethod: admins (schema directive). Check the whole input first (nothing is written
// for malformed input), then count the methods and write the new one.
import type { Context } from '@aws-appsync/utils';
import { shopCurrency } from '../../lib/money.ts';
import { checkShippingMethodInput } from '../../lib/pricing-input.ts';
import type { MutationCreateShippingMethodArgs } from '../../lib/schema-types.ts';
import { raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationCreateShippingMethodArgs>) {
  const problems: Problems = [];
  ctx.stash.input = checkShippingMethodInput(problems, ctx.args.input, shopCurrency(ctx));
  raiseIfInvalid(problems);
  return {};
}

export function response(ctx: Context<MutationCreateShippingMethodArgs>) {
  return ctx.prev.result;
}

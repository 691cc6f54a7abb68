// setTaxRate: admins (schema directive). One PutItem: creates or replaces the rate of the country (or
// of one region of it) with a fresh revision, so a checkout priced with the old rate conflicts.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../lib/errors.ts';
import { withoutNulls } from '../lib/items.ts';
import { taxRateKey, taxRateListingKeys } from '../../contracts/table-keys.ts';
import { checkTaxRateInput } from '../lib/pricing-input.ts';
import { toTaxRate, type TaxRateItem } from '../lib/pricing-items.ts';
import type { MutationSetTaxRateArgs } from '../lib/schema-types.ts';
import { raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<MutationSetTaxRateArgs>) {
  const problems: Problems = [];
  const input = checkTaxRateInput(problems, ctx.args.input);
  raiseIfInvalid(problems);
  const rate: TaxRateItem = { ...input, revision: util.autoUlid(), updatedAt: util.time.nowISO8601() };
  ctx.stash.rate = rate;
  return ddb.put({
    key: taxRateKey(rate.country, rate.region),
    item: withoutNulls({ entity: 'TaxRate', ...rate, ...taxRateListingKeys(rate.country, rate.region) }),
  });
}

export function response(ctx: Context<MutationSetTaxRateArgs>) {
  raiseDataSourceError(ctx.error);
  return toTaxRate(ctx.stash.rate as TaxRateItem);
}

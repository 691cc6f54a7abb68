// deleteTaxRate: admins (schema directive). One DeleteItem, which returns the deleted item or null when
// there was none: that is the answer. No condition: AppSync re-reads an item whose condition failed and
// reports success when it already looks as intended (absent), so attribute_exists could not tell us
// (https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../lib/errors.ts';
import { taxRateKey } from '../../contracts/table-keys.ts';
import { checkCountry, checkRegion } from '../lib/pricing-input.ts';
import type { MutationDeleteTaxRateArgs } from '../lib/schema-types.ts';
import { raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<MutationDeleteTaxRateArgs>) {
  const problems: Problems = [];
  const country = checkCountry(problems, 'country', ctx.args.country);
  const region = checkRegion(problems, 'region', ctx.args.region);
  raiseIfInvalid(problems);
  return ddb.remove({ key: taxRateKey(country, region) });
}

export function response(ctx: Context<MutationDeleteTaxRateArgs>) {
  raiseDataSourceError(ctx.error);
  return ctx.result !== null && ctx.result !== undefined;
}

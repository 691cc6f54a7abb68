// taxRates: admins (schema directive). The TAXRATES partition sorts by country, then region, the
// country-wide rate first; at most 1,000.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../lib/errors.ts';
import { TAX_RATES_PARTITION } from '../../contracts/table-keys.ts';
import { toTaxRate, type TaxRateItem } from '../lib/pricing-items.ts';

export function request(_ctx: Context) {
  return ddb.query({ index: 'GSI1', query: { gsi1pk: { eq: TAX_RATES_PARTITION } }, limit: 1000 });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  return ((ctx.result?.items ?? []) as TaxRateItem[]).map(toTaxRate);
}

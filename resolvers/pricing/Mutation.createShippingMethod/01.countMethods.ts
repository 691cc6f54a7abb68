// At most 100 methods, so shippingMethods stays one small Query. The limit is read, not locked: two
// creates racing at 99 may both pass, leaving 101 — still one page for every listing (limit 1,000).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { SHIPPING_METHODS_PARTITION } from '../../../contracts/table-keys.ts';
import { MAX_SHIPPING_METHODS } from '../../lib/pricing-input.ts';

export function request(_ctx: Context) {
  return ddb.query<{ gsi1pk: string; id: string }>({
    index: 'GSI1',
    query: { gsi1pk: { eq: SHIPPING_METHODS_PARTITION } },
    projection: ['id'],
    limit: MAX_SHIPPING_METHODS,
  });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const count = ((ctx.result?.items ?? []) as unknown[]).length;
  if (count >= MAX_SHIPPING_METHODS) {
    fail(
      `at most ${MAX_SHIPPING_METHODS} shipping methods may exist; update or deactivate one instead`,
      'ValidationError',
      {
        fields: [],
        limit: MAX_SHIPPING_METHODS,
      },
    );
  }
  return count;
}

// promotionCodes: admins (schema directive). Newest first (the PROMOCODES partition read descending);
// at most 1,000.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../lib/errors.ts';
import { PROMOTION_CODES_PARTITION } from '../../contracts/table-keys.ts';
import { toPromotionCode, type PromotionCodeItem } from '../lib/pricing-items.ts';

export function request(_ctx: Context) {
  return ddb.query({
    index: 'GSI1',
    query: { gsi1pk: { eq: PROMOTION_CODES_PARTITION } },
    scanIndexForward: false,
    limit: 1000,
  });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  return ((ctx.result?.items ?? []) as PromotionCodeItem[]).map(toPromotionCode);
}

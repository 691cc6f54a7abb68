// createPromotionCode: admins (schema directive). The item lives under the upper-case code and is
// written only if absent, so "Summer" after "SUMMER" is a ConflictError.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../lib/errors.ts';
import { withoutNulls } from '../lib/items.ts';
import { promotionCodeKey, promotionCodeListingKeys } from '../../contracts/table-keys.ts';
import { checkPromotionCodeInput } from '../lib/pricing-input.ts';
import { toPromotionCode, type PromotionCodeItem } from '../lib/pricing-items.ts';
import type { MutationCreatePromotionCodeArgs } from '../lib/schema-types.ts';
import { raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<MutationCreatePromotionCodeArgs>) {
  const problems: Problems = [];
  const input = checkPromotionCodeInput(problems, ctx.args.input);
  raiseIfInvalid(problems);
  const now = util.time.nowISO8601();
  const code: PromotionCodeItem = {
    ...input,
    redemptions: 0,
    revision: util.autoUlid(),
    createdAt: now,
    updatedAt: now,
  };
  ctx.stash.code = code;
  return ddb.put({
    key: promotionCodeKey(code.code),
    item: withoutNulls({ entity: 'PromotionCode', ...code, ...promotionCodeListingKeys(code.code, now) }),
    condition: { pk: { attributeExists: false } },
  });
}

export function response(ctx: Context<MutationCreatePromotionCodeArgs>) {
  const code = ctx.stash.code as PromotionCodeItem;
  if (ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException') {
    fail(`input.code: the code ${code.code} already exists`, 'ConflictError', { fields: ['input.code'] });
  }
  raiseDataSourceError(ctx.error);
  return toPromotionCode(code);
}

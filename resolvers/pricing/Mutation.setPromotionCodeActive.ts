// setPromotionCodeActive: admins (schema directive). Updates only an existing code (any case), with a
// fresh revision so a checkout priced with the code's old state conflicts.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../lib/errors.ts';
import { promotionCodeKey } from '../../contracts/table-keys.ts';
import { isCode } from '../lib/pricing-input.ts';
import { toPromotionCode, type PromotionCodeItem } from '../lib/pricing-items.ts';
import type { MutationSetPromotionCodeActiveArgs } from '../lib/schema-types.ts';

function notFound(code: string): never {
  return fail(`code: no promotion code ${code}`, 'NotFound', { fields: ['code'] });
}

export function request(ctx: Context<MutationSetPromotionCodeActiveArgs>) {
  const { code, active } = ctx.args;
  // a code no create could have accepted names nothing: NotFound without a read (as ids.ts does for ids)
  if (!isCode(code)) notFound(code.length > 40 ? `${code.slice(0, 40)}…` : code);
  return ddb.update({
    key: promotionCodeKey(code.toUpperCase()),
    update: { active, revision: util.autoUlid(), updatedAt: util.time.nowISO8601() },
    condition: { pk: { attributeExists: true } },
  });
}

export function response(ctx: Context<MutationSetPromotionCodeActiveArgs>) {
  if (ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException') notFound(ctx.args.code.toUpperCase());
  raiseDataSourceError(ctx.error);
  return toPromotionCode(ctx.result as PromotionCodeItem);
}

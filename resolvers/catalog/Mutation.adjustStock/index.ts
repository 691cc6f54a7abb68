// adjustStock: an atomic add on the variant's stock, conditional on the result staying within
// 0–1,000,000 (so concurrent adjustments all land and stock never goes below 0). Only when the
// write is refused does a second read tell NotFound from InsufficientStock.
import type { Context } from '@aws-appsync/utils';
import { checkSku, MAX_STOCK } from '../../lib/product-input.ts';
import type { MutationAdjustStockArgs } from '../../lib/schema-types.ts';
import { checkInt, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationAdjustStockArgs>) {
  const problems: Problems = [];
  checkSku(problems, 'sku', ctx.args.sku);
  checkInt(problems, 'delta', ctx.args.delta, -MAX_STOCK, MAX_STOCK);
  raiseIfInvalid(problems);
  return {};
}

export function response(ctx: Context<MutationAdjustStockArgs>) {
  return ctx.prev.result;
}

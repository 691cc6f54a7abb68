// The slug's owner, from the slug lock item; an unknown slug ends the pipeline with null, and a
// slug that is not `[a-z0-9-]{1,80}` does so without a read (schema: "anything else simply finds nothing").
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../../lib/errors.ts';
import { isSlug } from '../../lib/ids.ts';
import { productSlugKey } from '../../../contracts/table-keys.ts';
import type { QueryProductBySlugArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<QueryProductBySlugArgs>) {
  if (!isSlug(ctx.args.slug)) runtime.earlyReturn(null, { skipTo: 'END' });
  return ddb.get({ key: productSlugKey(ctx.args.slug), consistentRead: true });
}

export function response(ctx: Context<QueryProductBySlugArgs>) {
  raiseDataSourceError(ctx.error);
  const lock = ctx.result as { productId?: string } | null;
  if (!lock?.productId) runtime.earlyReturn(null, { skipTo: 'END' });
  return lock?.productId;
}

// The product as it is now: NotFound when missing, ConflictError when expectedVersion is already stale.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { ProductItem } from '../../lib/catalog.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { productKey } from '../../../contracts/table-keys.ts';
import type { MutationUpdateProductArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationUpdateProductArgs>) {
  return ddb.get({ key: productKey(ctx.args.input.id), consistentRead: true });
}

export function response(ctx: Context<MutationUpdateProductArgs>) {
  raiseDataSourceError(ctx.error);
  const { input } = ctx.args;
  const current = ctx.result as ProductItem | null;
  if (!current) fail(`input.id: no product ${input.id}`, 'NotFound', { fields: ['input.id'] });
  if (current.version !== input.expectedVersion) {
    fail(
      `input.expectedVersion: the product is at version ${current.version}, not ${input.expectedVersion}; ` +
        'read it again',
      'ConflictError',
      {
        fields: ['input.expectedVersion'],
        currentVersion: current.version,
      },
    );
  }
  ctx.stash.current = current;
  return null;
}

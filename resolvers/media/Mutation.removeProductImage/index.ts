// removeProductImage: admins only. Detaches one image with a conditional UpdateItem; the stored
// object is deleted afterwards by image-objects from the table's stream (docs/data-model.md, "Images").
import type { Context } from '@aws-appsync/utils';
import { fail } from '../../lib/errors.ts';
import { isAdmin } from '../../lib/identity.ts';
import { knownId } from '../../lib/ids.ts';
import type { MutationRemoveProductImageArgs } from '../../lib/schema-types.ts';
import { checkText, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationRemoveProductImageArgs>) {
  if (!isAdmin(ctx)) fail('removeProductImage is for admins', 'Unauthorized');
  const problems: Problems = [];
  checkText(problems, 'key', ctx.args.key, 1, 1024);
  raiseIfInvalid(problems);
  knownId('productId', ctx.args.productId, 'product');
  return {};
}

export function response(ctx: Context<MutationRemoveProductImageArgs>) {
  return ctx.prev.result;
}

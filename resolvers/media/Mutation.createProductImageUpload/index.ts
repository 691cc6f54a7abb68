// createProductImageUpload: admins only; the content type and length are checked before anything is
// read, then the product must exist and the `media` Lambda signs the POST (its policy enforces both again).
import type { Context } from '@aws-appsync/utils';
import { fail } from '../../lib/errors.ts';
import { isAdmin } from '../../lib/identity.ts';
import { knownId } from '../../lib/ids.ts';
import { checkImageLength, checkImageType } from '../../lib/images.ts';
import type { MutationCreateProductImageUploadArgs } from '../../lib/schema-types.ts';
import { raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationCreateProductImageUploadArgs>) {
  if (!isAdmin(ctx)) fail('createProductImageUpload is for admins', 'Unauthorized');
  const problems: Problems = [];
  checkImageType(problems, 'contentType', ctx.args.contentType);
  checkImageLength(problems, 'contentLength', ctx.args.contentLength);
  raiseIfInvalid(problems);
  knownId('productId', ctx.args.productId, 'product');
  return {};
}

export function response(ctx: Context<MutationCreateProductImageUploadArgs>) {
  return ctx.prev.result;
}

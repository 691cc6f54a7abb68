// attachProductImage: admins only; the key must be one createProductImageUpload made for this
// product, the alt text at most 300 characters. Then: read the product, ask the image store whether
// the object is there, and append it with one conditional UpdateItem (docs/data-model.md, "Images").
import type { Context } from '@aws-appsync/utils';
import { fail } from '../../lib/errors.ts';
import { isAdmin } from '../../lib/identity.ts';
import { knownId } from '../../lib/ids.ts';
import { isImageFileName, MAX_ALT_LENGTH } from '../../lib/images.ts';
import { productImagePrefix } from '../../../contracts/table-keys.ts';
import type { MutationAttachProductImageArgs } from '../../lib/schema-types.ts';
import { checkOptionalText, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

export function request(ctx: Context<MutationAttachProductImageArgs>) {
  if (!isAdmin(ctx)) fail('attachProductImage is for admins', 'Unauthorized');
  const { productId, key } = ctx.args;
  // first: the key's check below needs a well-formed product id to build the prefix from
  knownId('productId', productId, 'product');
  const problems: Problems = [];
  const prefix = productImagePrefix(productId);
  if (typeof key !== 'string' || !key.startsWith(prefix) || !isImageFileName(key.slice(prefix.length))) {
    problems.push({
      field: 'key',
      message: `key must be a key createProductImageUpload returned for this product (${prefix}<ulid>.<ext>)`,
    });
  }
  const alt = checkOptionalText(problems, 'alt', ctx.args.alt, MAX_ALT_LENGTH);
  raiseIfInvalid(problems);
  ctx.stash.image = { key, alt: alt ? alt : null };
  return {};
}

export function response(ctx: Context<MutationAttachProductImageArgs>) {
  return ctx.prev.result;
}

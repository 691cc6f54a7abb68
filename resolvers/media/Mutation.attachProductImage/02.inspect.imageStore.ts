// The `imageStore` Lambda (functions/image-objects) looks the object up (HeadObject): attach only
// what was uploaded, and only with a stored content type that is an allowed image type.
// https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
import { runtime, util, type Context } from '@aws-appsync/utils';
import { fail } from '../../lib/errors.ts';
import { ALLOWED_IMAGE_TYPES, isAllowedImageType } from '../../lib/images.ts';
import type { MutationAttachProductImageArgs } from '../../lib/schema-types.ts';

interface Inspection {
  exists: boolean;
  contentType: string | null;
  size: number | null;
}

export function request(ctx: Context<MutationAttachProductImageArgs>) {
  if (ctx.stash.unchanged) runtime.earlyReturn(ctx.prev.result);
  return { operation: 'Invoke', payload: { action: 'inspect', key: ctx.args.key } };
}

export function response(ctx: Context<MutationAttachProductImageArgs>) {
  if (ctx.error) {
    util.error(`the image store (imageStore) failed with ${ctx.error.type}: ${ctx.error.message}`, ctx.error.type);
  }
  const { key } = ctx.args;
  const found = ctx.result as Inspection;
  if (!found || !found.exists) {
    fail(`key: nothing has been uploaded under ${key}`, 'NotFound', { fields: ['key'] });
  }
  if (!isAllowedImageType(found.contentType)) {
    fail(
      `key: the stored object is ${String(found.contentType)}, not one of ${ALLOWED_IMAGE_TYPES.join(', ')}`,
      'ValidationError',
      { fields: ['key'] },
    );
  }
  (ctx.stash.image as { contentType?: string }).contentType = found.contentType;
  return ctx.prev.result;
}

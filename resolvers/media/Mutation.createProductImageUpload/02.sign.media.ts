// The `media` Lambda (functions/image-uploads) signs an S3 presigned POST; `fields` goes out as AWSJSON.
// Its refusals carry their type first in the message ("ValidationError: ..."), as a Lambda's
// errorType may not reach ctx.error.type (UNVERIFIED against AWS: docs say only Lambda:Unhandled).
// https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
import { util, type Context } from '@aws-appsync/utils';
import type { MutationCreateProductImageUploadArgs } from '../../lib/schema-types.ts';

interface SignedUpload {
  url: string;
  fields: Record<string, string>;
  key: string;
  expiresAt: string;
  maxBytes: number;
}

const REFUSED = 'ValidationError: ';

export function request(ctx: Context<MutationCreateProductImageUploadArgs>) {
  const { productId, contentType, contentLength } = ctx.args;
  return { operation: 'Invoke', payload: { productId, contentType, contentLength } };
}

export function response(ctx: Context<MutationCreateProductImageUploadArgs>) {
  if (ctx.error) {
    const message = ctx.error.message ?? '';
    if (ctx.error.type === 'ValidationError' || message.startsWith(REFUSED)) {
      util.error(message.startsWith(REFUSED) ? message.slice(REFUSED.length) : message, 'ValidationError');
    }
    util.error(`the image upload signer (media) failed with ${ctx.error.type}: ${message}`, ctx.error.type);
  }
  const signed = ctx.result as SignedUpload;
  return {
    url: signed.url,
    fields: JSON.stringify(signed.fields),
    key: signed.key,
    expiresAt: signed.expiresAt,
    maxBytes: signed.maxBytes,
  };
}

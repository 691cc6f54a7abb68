// ProductImage.url costs no Lambda: the CDN (CloudFront with origin access control in the cloud, the
// S3 twin's CDN URL locally) serves the private bucket at IMAGE_BASE_URL, so the URL is base + key.
// Keys are URL-safe by construction; each path segment is encoded anyway (util.urlEncode).
// https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
import { util, type Context } from '@aws-appsync/utils';

export function request(ctx: Context) {
  const base = (ctx.env as Record<string, string | undefined> | undefined)?.IMAGE_BASE_URL;
  if (!base) util.error('ProductImage.url: the API has no IMAGE_BASE_URL environment variable', 'Configuration');
  const key = (ctx.source as { key: string }).key;
  const root = (base as string).endsWith('/') ? (base as string).slice(0, -1) : (base as string);
  const path = key
    .split('/')
    .map((segment) => util.urlEncode(segment))
    .join('/');
  return { payload: `${root}/${path}` };
}

export function response(ctx: Context) {
  return ctx.result;
}

// Ids, SKUs and slugs as the API makes them. Anything else names nothing that exists, so it is
// answered before it reaches a key: DynamoDB refuses key values over 2 KB with an error outside
// the contract's types (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html).
import { util } from '@aws-appsync/utils';
import { fail } from './errors.ts';
import { SKU_PATTERN, SLUG_PATTERN } from './product-input.ts';

/** A ULID as util.autoUlid makes it: 26 upper-case Crockford base32 characters. */
export const ULID_PATTERN = '[0-9A-HJKMNP-TV-Z]{26}';

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length === 26 && util.matches(ULID_PATTERN, value);
}

export function isSku(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && util.matches(SKU_PATTERN, value);
}

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 80 && util.matches(SLUG_PATTERN, value);
}

/** An id the API made, else NotFound naming the field: a malformed id is as unknown as a missing one. */
export function knownId(field: string, value: unknown, what: string): string {
  if (!isId(value)) fail(`${field}: no ${what} with this id`, 'NotFound', { fields: [field] });
  return value as string;
}

// Our own page cursor, for a listing page cut short to fit one BatchGetItem: "resume after this
// id" within one listing partition. AppSync's own nextTokens pass through untouched; ours carry a
// prefix no AppSync token has, and are as opaque to clients.
import { util } from '@aws-appsync/utils';
import { fail } from './errors.ts';

const PREFIX = 'after.';
const ULID_PATTERN = '[0-9A-HJKMNP-TV-Z]{26}';

export function cursorAfter(partition: string, id: string): string {
  return `${PREFIX}${util.base64Encode(JSON.stringify({ p: partition, a: id }))}`;
}

export function isCursor(token: string | null | undefined): boolean {
  return typeof token === 'string' && token.startsWith(PREFIX);
}

/** The id a cursor resumes after; a cursor of another listing, or a damaged one, is a ValidationError. */
export function cursorId(token: string, partition: string): string {
  const decoded = JSON.parse(util.base64Decode(token.slice(PREFIX.length))) as { p?: unknown; a?: unknown } | string;
  const cursor = typeof decoded === 'object' && decoded ? decoded : {};
  if (cursor.p !== partition || typeof cursor.a !== 'string' || !util.matches(ULID_PATTERN, cursor.a)) {
    fail('nextToken is not valid for this listing; start again without it', 'ValidationError', {
      fields: ['nextToken'],
    });
  }
  return cursor.a as string;
}

// Our own page cursor, for a listing page cut short to fit one BatchGetItem: "resume after this
// id" within one listing partition. AppSync's own nextTokens pass through untouched; ours carry a
// prefix no AppSync token has, and are as opaque to clients.
import { util } from '@aws-appsync/utils';
import { isId } from './ids.ts';
import { decodeTokenJson, invalidToken } from './page-token.ts';

const PREFIX = 'after.';

export function cursorAfter(partition: string, id: string): string {
  return `${PREFIX}${util.base64Encode(JSON.stringify({ p: partition, a: id }))}`;
}

export function isCursor(token: string | null | undefined): boolean {
  return typeof token === 'string' && token.startsWith(PREFIX);
}

/** The id a cursor resumes after; a cursor of another listing, or a damaged one, is a ValidationError. */
export function cursorId(token: string, partition: string): string {
  const decoded = decodeTokenJson(token.slice(PREFIX.length)) as { p?: unknown; a?: unknown } | null;
  const cursor = typeof decoded === 'object' && decoded ? decoded : {};
  if (cursor.p !== partition || !isId(cursor.a)) invalidToken();
  return cursor.a as string;
}

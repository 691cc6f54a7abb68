// Who is calling, as resolvers need to know it.
import type { Context } from '@aws-appsync/utils';

interface CognitoIdentityLike {
  sub?: string;
  groups?: string[] | null;
  claims?: Record<string, unknown>;
}

function cognito(ctx: Context): CognitoIdentityLike | null {
  const identity = ctx.identity as CognitoIdentityLike | null | undefined;
  return identity && typeof identity === 'object' ? identity : null;
}

export function isAdmin(ctx: Context): boolean {
  const groups = cognito(ctx)?.groups;
  return Array.isArray(groups) && groups.indexOf('admin') >= 0;
}

/** The signed-in user's id (Cognito `sub`), or null for API-key and IAM callers. */
export function callerSub(ctx: Context): string | null {
  const sub = cognito(ctx)?.sub;
  return typeof sub === 'string' && sub.length > 0 ? sub : null;
}

export function callerEmail(ctx: Context): string | null {
  const email = cognito(ctx)?.claims?.email;
  return typeof email === 'string' && email.length > 0 ? email : null;
}

/** The backend over IAM (SigV4): an AWS principal, never a Cognito user. */
export function isBackend(ctx: Context): boolean {
  const identity = ctx.identity as { userArn?: string; accountId?: string; sub?: string } | null | undefined;
  return !!identity && typeof identity === 'object' && !identity.sub && (!!identity.userArn || !!identity.accountId);
}

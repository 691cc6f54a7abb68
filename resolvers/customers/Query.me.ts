// me: the caller's profile, one GetItem. `id` is the Cognito sub; `email` comes from the token's
// email claim (ID tokens carry it), else from the profile, where updateProfile keeps it.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../lib/errors.ts';
import { callerEmail, callerSub } from '../lib/identity.ts';
import { profileKey } from '../../contracts/table-keys.ts';
import { toCustomer, type ProfileItem } from '../lib/profile.ts';

export function request(ctx: Context) {
  const sub = callerSub(ctx);
  if (!sub) fail('me needs a signed-in user', 'Unauthorized');
  return ddb.get({ key: profileKey(sub), consistentRead: true });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const profile = ctx.result as ProfileItem | null;
  const email = callerEmail(ctx) ?? profile?.email ?? null;
  if (!email) {
    fail(
      'The email address is not known yet: call once with an ID token (it carries the email claim) ' +
        'or call updateProfile with one',
      'NotFound',
      { fields: ['email'] },
    );
  }
  return toCustomer(callerSub(ctx) as string, email, profile);
}

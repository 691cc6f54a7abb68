// updateProfile: one UpdateItem on the caller's own profile (created on first use). Omitted
// fields stay, null clears phone or address (a name, once saved, is never cleared: null is a
// ValidationError, as the schema says); the token's email is recorded for `me`.
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../lib/errors.ts';
import { callerEmail, callerSub } from '../lib/identity.ts';
import { profileKey } from '../../contracts/table-keys.ts';
import { checkAddress, toCustomer, type ProfileItem } from '../lib/profile.ts';
import type { MutationUpdateProfileArgs } from '../lib/schema-types.ts';
import { checkText, raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<MutationUpdateProfileArgs>) {
  const sub = callerSub(ctx);
  if (!sub) fail('updateProfile needs a signed-in user', 'Unauthorized');
  const input = ctx.args.input as Record<string, unknown>;
  const problems: Problems = [];
  const update: Record<string, unknown> = { id: sub, updatedAt: util.time.nowISO8601() };
  const email = callerEmail(ctx);
  if (email) update.email = email;
  if (Object.hasOwn(input, 'name') && input.name !== undefined) {
    update.name = checkText(problems, 'input.name', input.name, 1, 200);
  }
  if (Object.hasOwn(input, 'phone') && input.phone !== undefined) {
    update.phone =
      input.phone === null ? ddb.operations.remove() : checkText(problems, 'input.phone', input.phone, 1, 40);
  }
  if (Object.hasOwn(input, 'defaultAddress') && input.defaultAddress !== undefined) {
    // replace: a whole map, not a document path into one that may not exist yet
    update.defaultAddress =
      input.defaultAddress === null
        ? ddb.operations.remove()
        : ddb.operations.replace(checkAddress(problems, 'input.defaultAddress', input.defaultAddress));
  }
  raiseIfInvalid(problems);
  return ddb.update({ key: profileKey(sub), update });
}

export function response(ctx: Context<MutationUpdateProfileArgs>) {
  raiseDataSourceError(ctx.error);
  const profile = ctx.result as ProfileItem;
  const email = callerEmail(ctx) ?? profile.email ?? null;
  if (!email)
    fail('The email address is not known: call with an ID token, which carries the email claim', 'NotFound', {
      fields: ['email'],
    });
  return toCustomer(profile.id, email, profile);
}

// onOrderPlaced: admins only. The schema's group rule already refuses others; checking again here
// keeps the rule true even if the directive is edited (AppSync runs this once, at subscribe time).
import { util, type Context } from '@aws-appsync/utils';
import { isAdmin } from '../lib/identity.ts';

export function request(ctx: Context) {
  if (!isAdmin(ctx)) util.unauthorized();
  return { payload: null };
}

export function response() {
  return null;
}

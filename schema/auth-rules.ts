// The shop's field authorization: AppSync's resolution rules (local/server's field rules, the same the
// local server applies) with this API's default mode, Cognito user pools, as infra/ deploys it. The
// schema tests ask "may this caller read Type.field?" through here.
import type { GraphQLSchema } from 'graphql';
import {
  allowedModes as allowedModesFor,
  canAccess as canAccessFor,
  type AuthConfig,
  type Caller,
  type FieldAuth,
} from '../local/server/index.ts';

export { grantsFromDirectives, isCallerAllowed, typeGrants } from '../local/server/index.ts';
export type { AuthConfig, AuthMode, Caller, FieldAuth, ModeGrant } from '../local/server/index.ts';

export const SHOP_AUTH_CONFIG: AuthConfig = { defaultMode: 'AMAZON_COGNITO_USER_POOLS' };

/** Which modes (and Cognito groups) may read `typeName.fieldName`; the shop's default unless given. */
export function allowedModes(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
  config: AuthConfig = SHOP_AUTH_CONFIG,
): FieldAuth {
  return allowedModesFor(schema, typeName, fieldName, config);
}

/** May `caller` read `typeName.fieldName`? The shop's default mode unless given. */
export function canAccess(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
  caller: Caller,
  config: AuthConfig = SHOP_AUTH_CONFIG,
): boolean {
  return canAccessFor(schema, typeName, fieldName, caller, config);
}

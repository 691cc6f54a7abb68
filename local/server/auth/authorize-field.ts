// Field-level authorization: may this authenticated caller read Type.field? The rules themselves
// live in field-rules.ts, which the shop's schema tests use too (schema/auth-rules.ts).
import type { GraphQLSchema } from 'graphql';
import { canAccess } from './field-rules.ts';
import type { AuthenticatedCaller, AuthMode } from './types.ts';

/**
 * True when the field's (or its type's, or the API default's) auth directives admit the caller's
 * mode and, for `cognito_groups`, one of the caller's groups. `defaultMode` is the API's default
 * authorization mode, as the template's GraphQLApi AuthenticationType sets it.
 */
export function authorizeField(
  schema: GraphQLSchema,
  caller: Pick<AuthenticatedCaller, 'mode' | 'groups'>,
  typeName: string,
  fieldName: string,
  defaultMode: AuthMode,
): boolean {
  return canAccess(schema, typeName, fieldName, { mode: caller.mode, groups: caller.groups }, { defaultMode });
}

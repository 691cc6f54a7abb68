// AppSync's field authorization rules, read from a schema's auth directives, for any API: the default
// mode comes from the caller (the template's GraphQLApi AuthenticationType). The shop's schema tests
// use the same rules through schema/auth-rules.ts, so both decide "may this caller read Type.field?"
// alike.
//
// Resolution (https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html, "Using
// additional authorization modes"):
//   1. the field's own auth directives, if it has any;
//   2. else the parent type's auth directives (including those on `extend type`), if any;
//   3. else the API's default mode, with no group restriction.
// Once a field or type carries any directive, the default mode applies only if listed explicitly.
// `cognito_groups` restricts the Cognito mode to users whose `cognito:groups` claim shares a group.
import {
  Kind,
  isInterfaceType,
  isObjectType,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type GraphQLSchema,
} from 'graphql';

import type { AuthMode } from '../../../contracts/index.ts';

export type { AuthMode };

/** One allowed mode; for Cognito, `cognitoGroups: null` means every user of the pool. */
export interface ModeGrant {
  mode: AuthMode;
  cognitoGroups: readonly string[] | null;
}

export interface FieldAuth {
  /** Where the rule came from: the field's directives, its type's, or the API default. */
  source: 'field' | 'type' | 'default';
  grants: readonly ModeGrant[];
}

export interface AuthConfig {
  /** The API's default authorization mode (the template's GraphQLApi AuthenticationType). */
  defaultMode: AuthMode;
}

/** A caller as AppSync sees it after authentication. */
export interface Caller {
  mode: AuthMode;
  /** The token's `cognito:groups` claim (Cognito callers only). */
  groups?: readonly string[];
}

const DIRECTIVE_MODES: Readonly<Record<string, AuthMode>> = {
  aws_api_key: 'API_KEY',
  aws_iam: 'AWS_IAM',
  aws_oidc: 'OPENID_CONNECT',
  aws_lambda: 'AWS_LAMBDA',
  aws_cognito_user_pools: 'AMAZON_COGNITO_USER_POOLS',
  // Legacy Cognito-only spelling; same meaning as @aws_cognito_user_pools(cognito_groups: …).
  aws_auth: 'AMAZON_COGNITO_USER_POOLS',
};

/** The grants expressed by a list of directives; empty when none of them is an auth directive. */
export function grantsFromDirectives(directives: readonly ConstDirectiveNode[] | undefined): ModeGrant[] {
  const grants: ModeGrant[] = [];
  for (const directive of directives ?? []) {
    const mode = DIRECTIVE_MODES[directive.name.value];
    if (!mode) continue;
    let cognitoGroups: string[] | null = null;
    const groupsArg = directive.arguments?.find((a) => a.name.value === 'cognito_groups');
    if (groupsArg && groupsArg.value.kind !== Kind.NULL) {
      const value: unknown = valueFromASTUntyped(groupsArg.value);
      cognitoGroups = (Array.isArray(value) ? value : [value]).filter((g): g is string => typeof g === 'string');
    }
    const existing = grants.find((g) => g.mode === mode);
    if (!existing) {
      grants.push({ mode, cognitoGroups });
    } else if (existing.cognitoGroups !== null) {
      // Two directives for one mode (@aws_auth + @aws_cognito_user_pools): the union of what they allow.
      existing.cognitoGroups =
        cognitoGroups === null ? null : [...new Set([...existing.cognitoGroups, ...cognitoGroups])];
    }
  }
  return grants;
}

/** The auth directives written on an object type itself (its definition and any `extend type`). */
export function typeGrants(schema: GraphQLSchema, typeName: string): ModeGrant[] {
  const type = schema.getType(typeName);
  if (!type) throw new Error(`Unknown type ${typeName}`);
  const nodes = [type.astNode, ...(type.extensionASTNodes ?? [])];
  return grantsFromDirectives(nodes.flatMap((n) => (n && 'directives' in n ? (n.directives ?? []) : [])));
}

/** Which modes (and Cognito groups) may read `typeName.fieldName`, by AppSync's resolution rules. */
export function allowedModes(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
  config: AuthConfig,
): FieldAuth {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`Unknown object type ${typeName}`);
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`Unknown field ${typeName}.${fieldName}`);

  const fieldLevel = grantsFromDirectives(field.astNode?.directives);
  if (fieldLevel.length > 0) return { source: 'field', grants: fieldLevel };
  const typeLevel = typeGrants(schema, typeName);
  if (typeLevel.length > 0) return { source: 'type', grants: typeLevel };
  return { source: 'default', grants: [{ mode: config.defaultMode, cognitoGroups: null }] };
}

/** Whether a caller satisfies a field's rule. An empty `cognito_groups` list admits nobody. */
export function isCallerAllowed(auth: FieldAuth, caller: Caller): boolean {
  return auth.grants.some((grant) => {
    if (grant.mode !== caller.mode) return false;
    if (grant.mode !== 'AMAZON_COGNITO_USER_POOLS' || grant.cognitoGroups === null) return true;
    const groups = caller.groups ?? [];
    return grant.cognitoGroups.some((g) => groups.includes(g));
  });
}

/** Shorthand: may `caller` read `typeName.fieldName`? */
export function canAccess(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
  caller: Caller,
  config: AuthConfig,
): boolean {
  return isCallerAllowed(allowedModes(schema, typeName, fieldName, config), caller);
}

// schema/auth-rules.ts on small fixture schemas: the AppSync resolution rules themselves.
import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { allowedModes, canAccess, isCallerAllowed, typeGrants, type Caller } from '../../schema/auth-rules.ts';
import { loadAppSyncPreludeSDL } from '../../schema/load-schema.ts';

const fixture = buildSchema(`${loadAppSyncPreludeSDL()}
  type Query {
    noDirective: Thing
    keyOnly: Thing @aws_api_key
    keyAndPool: Thing @aws_api_key @aws_cognito_user_pools
    admins: Thing @aws_cognito_user_pools(cognito_groups: ["admin", "ops"])
    legacy: Thing @aws_auth(cognito_groups: ["admin"])
    both: Thing @aws_auth(cognito_groups: ["admin"]) @aws_cognito_user_pools
    nobody: Thing @aws_cognito_user_pools(cognito_groups: [])
  }
  type Thing @aws_iam @aws_api_key {
    inherited: String
    overridden: String @aws_cognito_user_pools
  }
  type Plain { x: String }
  extend type Plain @aws_oidc
`);

const anonymous: Caller = { mode: 'API_KEY' };
const customer: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', groups: [] };
const admin: Caller = { mode: 'AMAZON_COGNITO_USER_POOLS', groups: ['admin'] };
const iam: Caller = { mode: 'AWS_IAM' };

describe('auth rules', () => {
  it('falls back to the default mode when neither field nor type has a directive', () => {
    expect(allowedModes(fixture, 'Query', 'noDirective')).toEqual({
      source: 'default',
      grants: [{ mode: 'AMAZON_COGNITO_USER_POOLS', cognitoGroups: null }],
    });
    expect(canAccess(fixture, 'Query', 'noDirective', customer)).toBe(true);
    expect(canAccess(fixture, 'Query', 'noDirective', anonymous)).toBe(false);
    expect(canAccess(fixture, 'Query', 'noDirective', iam, { defaultMode: 'AWS_IAM' })).toBe(true);
  });

  it('a directive removes the implicit default mode', () => {
    expect(canAccess(fixture, 'Query', 'keyOnly', anonymous)).toBe(true);
    expect(canAccess(fixture, 'Query', 'keyOnly', customer)).toBe(false);
    expect(canAccess(fixture, 'Query', 'keyAndPool', customer)).toBe(true);
  });

  it('cognito_groups restricts Cognito callers to the listed groups', () => {
    expect(allowedModes(fixture, 'Query', 'admins').grants).toEqual([
      { mode: 'AMAZON_COGNITO_USER_POOLS', cognitoGroups: ['admin', 'ops'] },
    ]);
    expect(canAccess(fixture, 'Query', 'admins', admin)).toBe(true);
    expect(canAccess(fixture, 'Query', 'admins', { mode: 'AMAZON_COGNITO_USER_POOLS', groups: ['ops', 'x'] })).toBe(
      true,
    );
    expect(canAccess(fixture, 'Query', 'admins', customer)).toBe(false);
    expect(canAccess(fixture, 'Query', 'admins', { mode: 'AMAZON_COGNITO_USER_POOLS' })).toBe(false);
    expect(canAccess(fixture, 'Query', 'nobody', admin)).toBe(false);
  });

  it('reads the legacy @aws_auth as Cognito with groups, and unions it with @aws_cognito_user_pools', () => {
    expect(canAccess(fixture, 'Query', 'legacy', admin)).toBe(true);
    expect(canAccess(fixture, 'Query', 'legacy', customer)).toBe(false);
    expect(canAccess(fixture, 'Query', 'both', customer)).toBe(true);
  });

  it("a field inherits its type's directives, and its own directives win over them", () => {
    expect(allowedModes(fixture, 'Thing', 'inherited').source).toBe('type');
    expect(canAccess(fixture, 'Thing', 'inherited', iam)).toBe(true);
    expect(canAccess(fixture, 'Thing', 'inherited', anonymous)).toBe(true);
    expect(canAccess(fixture, 'Thing', 'inherited', customer)).toBe(false);
    expect(allowedModes(fixture, 'Thing', 'overridden').source).toBe('field');
    expect(canAccess(fixture, 'Thing', 'overridden', customer)).toBe(true);
    expect(canAccess(fixture, 'Thing', 'overridden', iam)).toBe(false);
  });

  it('includes directives from type extensions', () => {
    expect(typeGrants(fixture, 'Plain')).toEqual([{ mode: 'OPENID_CONNECT', cognitoGroups: null }]);
  });

  it('isCallerAllowed compares modes before groups', () => {
    const rule = { source: 'field' as const, grants: [{ mode: 'AWS_IAM' as const, cognitoGroups: null }] };
    expect(isCallerAllowed(rule, iam)).toBe(true);
    expect(isCallerAllowed(rule, admin)).toBe(false);
  });

  it('refuses unknown types and fields loudly', () => {
    expect(() => allowedModes(fixture, 'Nope', 'x')).toThrow(/Unknown/);
    expect(() => allowedModes(fixture, 'Thing', 'nope')).toThrow(/Unknown/);
  });
});

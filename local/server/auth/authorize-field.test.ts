// Field authorization against the real schema/schema.graphql.
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSyncSchema } from '../../../schema/load-schema.ts';
import { authorizeField } from './index.ts';
import type { AuthenticatedCaller } from './types.ts';

const schema = buildAppSyncSchema();
const apiKey: Pick<AuthenticatedCaller, 'mode' | 'groups'> = { mode: 'API_KEY', groups: [] };
const shopper: Pick<AuthenticatedCaller, 'mode' | 'groups'> = { mode: 'AMAZON_COGNITO_USER_POOLS', groups: [] };
const admin: Pick<AuthenticatedCaller, 'mode' | 'groups'> = { mode: 'AMAZON_COGNITO_USER_POOLS', groups: ['admin'] };
const support: Pick<AuthenticatedCaller, 'mode' | 'groups'> = {
  mode: 'AMAZON_COGNITO_USER_POOLS',
  groups: ['support', 'customers'],
};
const iam: Pick<AuthenticatedCaller, 'mode' | 'groups'> = { mode: 'AWS_IAM', groups: [] };
const callers = { apiKey, shopper, admin, support, iam };
const shopDefault = 'AMAZON_COGNITO_USER_POOLS' as const; // the shop template's default mode

describe('authorizeField on schema/schema.graphql', () => {
  it.each([
    ['Mutation', 'createProduct', ['admin']],
    ['Query', 'product', ['apiKey', 'shopper', 'admin', 'support']],
    ['Mutation', 'updateOrderStatus', ['admin', 'iam']],
    ['Query', 'order', ['shopper', 'admin', 'support', 'iam']],
    ['Query', 'listOrders', ['admin']],
    ['Query', 'myCart', ['shopper', 'admin', 'support']],
    ['Subscription', 'onOrderPlaced', ['admin']],
    ['Order', 'status', ['shopper', 'admin', 'support', 'iam']],
    ['Product', 'name', ['apiKey', 'shopper', 'admin', 'support']],
  ] as const)('%s.%s admits exactly %j', (typeName, fieldName, allowed) => {
    const admitted = Object.entries(callers)
      .filter(([, caller]) => authorizeField(schema, caller, typeName, fieldName, shopDefault))
      .map(([name]) => name);
    expect(admitted).toEqual(allowed);
  });

  it('a field and type without auth directives fall back to the default mode given', () => {
    const tiny = buildSchema(`directive @aws_api_key on OBJECT | FIELD_DEFINITION
      type Query { plain: String  keyed: String @aws_api_key }`);
    expect(authorizeField(tiny, shopper, 'Query', 'plain', shopDefault)).toBe(true); // Cognito user pools
    expect(authorizeField(tiny, apiKey, 'Query', 'plain', shopDefault)).toBe(false);
    expect(authorizeField(tiny, iam, 'Query', 'plain', 'AWS_IAM')).toBe(true);
    // a directive replaces the default
    expect(authorizeField(tiny, shopper, 'Query', 'keyed', shopDefault)).toBe(false);
  });

  it('throws for an unknown field rather than admitting it', () => {
    expect(() => authorizeField(schema, admin, 'Query', 'noSuchField', shopDefault)).toThrow(/Unknown field/);
  });
});

// Customer profile resolvers: the caller's own item only, and the email from the token.
import { describe, expect, it } from 'vitest';
import { callers, run } from '../support/resolver-harness.ts';

describe('Query.me', () => {
  it('reads the caller’s own profile', async () => {
    const { result } = await run('customers/Query.me', 'request', { identity: callers.shopper });
    expect(result).toEqual({
      operation: 'GetItem',
      key: { pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'PROFILE' } },
      consistentRead: true,
    });
  });

  it('answers id and email even before a profile exists', async () => {
    const { result } = await run('customers/Query.me', 'response', { identity: callers.shopper, result: null });
    expect(result).toEqual({
      id: 'user-shopper',
      email: 'shopper@example.com',
      name: null,
      phone: null,
      defaultAddress: null,
    });
  });

  it('falls back to the stored email when the token has none (an access token)', async () => {
    const accessToken = { ...callers.shopper, claims: { username: 'user-shopper' } };
    const { result } = await run('customers/Query.me', 'response', {
      identity: accessToken,
      result: { id: 'user-shopper', email: 'kept@example.com', name: 'Ana' },
    });
    expect(result).toMatchObject({ email: 'kept@example.com', name: 'Ana' });
  });

  it('refuses callers that are not signed-in users', async () => {
    const { error } = await run('customers/Query.me', 'request', { identity: null });
    expect(error).toMatchObject({ errorType: 'Unauthorized' });
  });
});

describe('Mutation.updateProfile', () => {
  const address = { name: 'Ana', line1: '1 Main St', city: 'Springfield', country: 'US' };

  it('updates only the given fields, removes nulls, and records the email claim', async () => {
    const { result } = await run('customers/Mutation.updateProfile', 'request', {
      identity: callers.shopper,
      arguments: { input: { name: ' Ana ', phone: null, defaultAddress: address } },
    });
    expect(result.operation).toBe('UpdateItem');
    expect(result.key).toEqual({ pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'PROFILE' } });
    const names = Object.values(result.update.expressionNames);
    expect(names).toEqual(expect.arrayContaining(['id', 'updatedAt', 'email', 'name', 'phone', 'defaultAddress']));
    expect(result.update.expression).toMatch(/ REMOVE #expName_\d+$/);
    const values = Object.values(result.update.expressionValues);
    expect(values).toContainEqual({ S: 'Ana' });
    expect(values).toContainEqual({ S: 'shopper@example.com' });
  });

  it('refuses a malformed address, naming the fields', async () => {
    const { error } = await run('customers/Mutation.updateProfile', 'request', {
      identity: callers.shopper,
      arguments: { input: { defaultAddress: { ...address, country: 'usa', city: '' } } },
    });
    expect(error).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['input.defaultAddress.city', 'input.defaultAddress.country'] },
    });
  });

  it('answers the stored profile as a Customer', async () => {
    const { result } = await run('customers/Mutation.updateProfile', 'response', {
      identity: callers.shopper,
      arguments: { input: {} },
      result: { id: 'user-shopper', email: 'shopper@example.com', name: 'Ana', defaultAddress: address },
    });
    expect(result).toEqual({
      id: 'user-shopper',
      email: 'shopper@example.com',
      name: 'Ana',
      phone: null,
      defaultAddress: address,
    });
  });
});

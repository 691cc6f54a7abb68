// API_KEY mode and mode selection, through createAuthenticator.
import { describe, expect, it } from 'vitest';
import { createAuthenticator } from './index.ts';
import type { AuthSettings } from './types.ts';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const settings: AuthSettings = {
  defaultMode: 'AMAZON_COGNITO_USER_POOLS',
  additionalModes: ['API_KEY', 'AWS_IAM'],
  apiKeys: [
    { key: 'da2-validkeyvalidkeyvalidkey', expiresAt: NOW / 1000 + 3600 },
    { key: 'da2-expiredkeyexpiredkeyexp', expiresAt: NOW / 1000 - 1 },
  ],
  now: () => NOW,
};
const auth = createAuthenticator(settings);
const request = (headers: Record<string, string>) =>
  auth.authenticate({ headers, method: 'POST', path: '/graphql', body: '{}', sourceIp: '127.0.0.1' });

const NOT_AUTHORIZED = {
  status: 401,
  body: { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] },
};

describe('API_KEY mode', () => {
  it('admits a valid key with identity null', async () => {
    expect(await request({ 'x-api-key': 'da2-validkeyvalidkeyvalidkey' })).toEqual({
      caller: { mode: 'API_KEY', identity: null, groups: [] },
    });
  });

  it.each([
    ['an unknown key', 'da2-nosuchkeynosuchkeynosuch'],
    ['an expired key', 'da2-expiredkeyexpiredkeyexp'],
    ['a prefix of a valid key', 'da2-validkey'],
    ['an empty key', ''],
  ])('refuses %s with 401 UnauthorizedException', async (_, key) => {
    expect(await request({ 'x-api-key': key })).toEqual({ error: NOT_AUTHORIZED });
  });

  it('expires a key at exactly expiresAt', async () => {
    const at = createAuthenticator({ ...settings, now: () => (NOW / 1000 + 3600) * 1000 });
    expect(
      (
        await at.authenticate({
          headers: { 'x-api-key': 'da2-validkeyvalidkeyvalidkey' },
          method: 'POST',
          path: '/graphql',
          body: '',
          sourceIp: '::1',
        })
      ).error?.status,
    ).toBe(401);
  });

  it('refuses a valid key when API_KEY is not enabled for the API', async () => {
    const cognitoOnly = createAuthenticator({ ...settings, additionalModes: [] });
    const result = await cognitoOnly.authenticate({
      headers: { 'x-api-key': 'da2-validkeyvalidkeyvalidkey' },
      method: 'POST',
      path: '/graphql',
      body: '',
      sourceIp: '::1',
    });
    expect(result).toEqual({ error: NOT_AUTHORIZED });
  });
});

describe('mode selection', () => {
  it('without x-api-key or Authorization: 401 "Valid authorization header not provided."', async () => {
    expect(await request({ 'content-type': 'application/json' })).toEqual({
      error: {
        status: 401,
        body: { errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }] },
      },
    });
    expect((await request({ authorization: '' })).error?.body.errors[0].message).toBe(
      'Valid authorization header not provided.',
    );
  });

  it('x-api-key wins over an Authorization header', async () => {
    const result = await request({
      'x-api-key': 'da2-validkeyvalidkeyvalidkey',
      authorization: 'AWS4-HMAC-SHA256 Credential=x',
    });
    expect(result.caller?.mode).toBe('API_KEY');
  });

  it('header names are matched case-insensitively', async () => {
    expect((await request({ 'X-Api-Key': 'da2-validkeyvalidkeyvalidkey' })).caller?.mode).toBe('API_KEY');
  });

  it('a JWT when Cognito is not enabled is refused, not parsed', async () => {
    const keyOnly = createAuthenticator({ ...settings, defaultMode: 'API_KEY', additionalModes: [] });
    const result = await keyOnly.authenticate({
      headers: { authorization: 'eyJhbGciOiJSUzI1NiJ9.e30.sig' },
      method: 'POST',
      path: '/graphql',
      body: '',
      sourceIp: '::1',
    });
    expect(result).toEqual({ error: NOT_AUTHORIZED });
  });

  it('a SigV4 header when IAM is not enabled is refused', async () => {
    const noIam = createAuthenticator({ ...settings, additionalModes: ['API_KEY'] });
    const result = await noIam.authenticate({
      headers: { authorization: 'AWS4-HMAC-SHA256 Credential=a/b/c/d/e' },
      method: 'POST',
      path: '/graphql',
      body: '',
      sourceIp: '::1',
    });
    expect(result).toEqual({ error: NOT_AUTHORIZED });
  });
});

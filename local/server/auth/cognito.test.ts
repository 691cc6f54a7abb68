// AMAZON_COGNITO_USER_POOLS mode against a real cognito-local, with tokens from InitiateAuth.
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { useCognitoLocal } from '../../../test/support/cognito-local.ts';
import { createAuthenticator } from './index.ts';
import type { AuthSettings } from './types.ts';

const cognito = useCognitoLocal();

/** `appClientIds`: null = any client of the pool (appIdClientRegex unset). */
function settings(
  overrides: Partial<AuthSettings> = {},
  appClientIds: string[] | null = [cognito.clientId],
): AuthSettings {
  return {
    defaultMode: 'AMAZON_COGNITO_USER_POOLS',
    additionalModes: ['API_KEY', 'AWS_IAM'],
    apiKeys: [],
    userPool: {
      userPoolId: cognito.userPoolId,
      issuer: cognito.issuer,
      jwksUri: cognito.jwksUri,
      appClientIds: appClientIds ?? undefined,
      defaultAction: 'ALLOW',
    },
    ...overrides,
  };
}
const call = (token: string, s: AuthSettings = settings(), extra: Record<string, string> = {}) =>
  createAuthenticator(s).authenticate({
    headers: { authorization: token, ...extra },
    method: 'POST',
    path: '/graphql',
    body: '{}',
    sourceIp: '::ffff:127.0.0.1',
  });
const refusal = (message: string) => ({
  error: { status: 401, body: { errors: [{ errorType: 'UnauthorizedException', message }] } },
});
const NOT_AUTHORIZED = refusal('You are not authorized to make this call.');

/** Flips one character in the middle of a token segment (0 header, 1 payload, 2 signature). */
function tamper(token: string, segment: 0 | 1 | 2): string {
  const parts = token.split('.');
  const s = parts[segment]!;
  const i = Math.floor(s.length / 2);
  parts[segment] = s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  return parts.join('.');
}

describe('Cognito user pool tokens', () => {
  it('admits a shopper’s ID token with ctx.identity exactly as AppSync fills it', async () => {
    const { idToken } = await cognito.signIn(cognito.shopper);
    const result = await call(idToken, settings(), { 'x-forwarded-for': '203.0.113.7, 198.51.100.2' });
    expect(result).toEqual({
      caller: {
        mode: 'AMAZON_COGNITO_USER_POOLS',
        groups: [],
        identity: {
          sub: cognito.shopper.sub,
          issuer: cognito.issuer,
          username: cognito.shopper.username,
          claims: decodeJwt(idToken),
          sourceIp: ['203.0.113.7', '198.51.100.2', '127.0.0.1'],
          defaultAuthStrategy: 'ALLOW',
          groups: null,
        },
      },
    });
    expect(Object.keys(result.caller!.identity!)).toEqual([
      'sub',
      'issuer',
      'username',
      'claims',
      'sourceIp',
      'defaultAuthStrategy',
      'groups',
    ]);
  });

  it('admits a shopper’s access token; username comes from the `username` claim', async () => {
    const { accessToken } = await cognito.signIn(cognito.shopper);
    const claims = decodeJwt(accessToken);
    expect(claims.aud).toBeUndefined();
    const result = await call(accessToken);
    expect(result.caller?.identity).toEqual({
      sub: cognito.shopper.sub,
      issuer: cognito.issuer,
      username: claims.username,
      claims,
      sourceIp: ['127.0.0.1'],
      defaultAuthStrategy: 'ALLOW',
      groups: null,
    });
  });

  it('carries an admin’s groups from both tokens', async () => {
    const { idToken, accessToken } = await cognito.signIn(cognito.admin);
    for (const token of [idToken, accessToken]) {
      const result = await call(token);
      expect(result.caller?.groups).toEqual(['admin']);
      expect(result.caller?.identity).toMatchObject({
        sub: cognito.admin.sub,
        username: cognito.admin.username,
        groups: ['admin'],
      });
    }
  });

  it.each([
    ['header', 0],
    ['payload', 1],
    ['signature', 2],
  ] as const)('refuses a token with a tampered %s', async (_, segment) => {
    const { idToken } = await cognito.signIn(cognito.admin);
    const result = await call(tamper(idToken, segment));
    expect(result.error?.status).toBe(401);
    expect(result.error?.body.errors[0].errorType).toBe('UnauthorizedException');
  });

  it('refuses an admin claim forged into a shopper’s payload', async () => {
    const { idToken } = await cognito.signIn(cognito.shopper);
    const [h, p, s] = idToken.split('.') as [string, string, string];
    const payload = { ...JSON.parse(Buffer.from(p, 'base64url').toString()), 'cognito:groups': ['admin'] };
    expect(await call(`${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`)).toEqual(
      NOT_AUTHORIZED,
    );
  });

  it('refuses an expired token with "Token has expired."', async () => {
    const { idToken } = await cognito.signIn(cognito.shopper);
    const exp = decodeJwt(idToken).exp!;
    expect(await call(idToken, settings({ now: () => (exp + 1) * 1000 }))).toEqual(refusal('Token has expired.'));
    expect((await call(idToken, settings({ now: () => (exp - 5) * 1000 }))).caller).toBeDefined();
  });

  it('refuses what is not a JWT with "Unable to parse JWT token."', async () => {
    const { idToken } = await cognito.signIn(cognito.shopper);
    expect(await call('not-a-token')).toEqual(refusal('Unable to parse JWT token.'));
    expect(await call(`Bearer ${idToken}`)).toEqual(refusal('Unable to parse JWT token.'));
  });

  it('refuses a token of another pool, though cognito-local signs every pool with the same key', async () => {
    const other = await cognito.cognito.ensureUserPool({ name: 'other-pool', usernameAttributes: ['email'] });
    const otherClient = await cognito.cognito.ensureUserPoolClient(other.userPoolId, {
      name: 'web',
      explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
    });
    const stranger = { email: 'shopper@example.com', password: 'Other-pool-Passw0rd!' };
    await cognito.cognito.ensureUser(other.userPoolId, { ...stranger, groups: [] });
    const { idToken, accessToken } = await cognito.signIn(stranger, otherClient);
    expect(decodeJwt(idToken).iss).toBe(other.issuer);
    expect(await call(idToken, settings({}, null))).toEqual(NOT_AUTHORIZED);
    expect(await call(accessToken, settings({}, null))).toEqual(NOT_AUTHORIZED);
  });

  const OTHER_APP_CLIENT =
    'refuses a token for another app client of the same pool when appClientIds is set, admits it when not';
  it(OTHER_APP_CLIENT, async () => {
    const mobile = await cognito.cognito.ensureUserPoolClient(cognito.userPoolId, {
      name: 'shop-mobile',
      explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
    });
    const { idToken, accessToken } = await cognito.signIn(cognito.shopper, mobile);
    expect(await call(idToken)).toEqual(NOT_AUTHORIZED);
    expect(await call(accessToken)).toEqual(NOT_AUTHORIZED);
    expect((await call(idToken, settings({}, null))).caller?.mode).toBe('AMAZON_COGNITO_USER_POOLS');
    expect((await call(accessToken, settings({}, [cognito.clientId, mobile]))).caller?.mode).toBe(
      'AMAZON_COGNITO_USER_POOLS',
    );
  });

  it('refuses a refresh token (token_use is neither id nor access)', async () => {
    const { refreshToken } = await cognito.signIn(cognito.shopper);
    const result = await call(refreshToken);
    expect(result.error?.status).toBe(401);
  });

  it('refuses a valid token when the API has no Cognito mode', async () => {
    const { idToken } = await cognito.signIn(cognito.shopper);
    expect(await call(idToken, settings({ defaultMode: 'API_KEY', additionalModes: ['AWS_IAM'] }))).toEqual(
      NOT_AUTHORIZED,
    );
  });

  it('reports defaultAuthStrategy from the pool setting', async () => {
    const { idToken } = await cognito.signIn(cognito.shopper);
    const s = settings();
    const deny = await call(idToken, { ...s, userPool: { ...s.userPool!, defaultAction: 'DENY' } });
    expect(deny.caller?.identity).toMatchObject({ defaultAuthStrategy: 'DENY' });
  });

  it('does not hide an unreachable JWKS as a 401: it throws', async () => {
    const { idToken } = await cognito.signIn(cognito.shopper);
    const s = settings();
    const broken = { ...s, userPool: { ...s.userPool!, jwksUri: 'http://127.0.0.1:9/nothing/.well-known/jwks.json' } };
    await expect(call(idToken, broken)).rejects.toThrow();
  });
});

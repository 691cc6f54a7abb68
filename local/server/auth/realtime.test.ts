// Real-time protocol auth header objects (connection `header` and start `extensions.authorization`),
// for each mode, built the way AppSync's real-time clients build them.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useCognitoLocal } from '../../../test/support/cognito-local.ts';
import { createAuthenticator, type Authenticator } from './index.ts';
import { TEST_IAM, TEST_KEY, signedHeaders } from '../../../test/support/sigv4-client.ts';

// The package's ESM build cannot construct Sha256 under Node ESM (`import * as` of a CJS module):
// load its CommonJS build, as a CJS client would.
const { Signer } = createRequire(import.meta.url)('aws-appsync-auth-link') as typeof import('aws-appsync-auth-link');

const cognito = useCognitoLocal();
const GRAPHQL_URL = 'http://127.0.0.1:4000/graphql';
const HOST = '127.0.0.1:4000';
const REALTIME_HEADERS = {
  accept: 'application/json, text/javascript',
  'content-encoding': 'amz-1.0',
  'content-type': 'application/json; charset=UTF-8',
};
const DATA = JSON.stringify({ query: 'subscription { onOrderStatusChanged { id status } }', variables: {} });

const TEMPORARY = { ...TEST_KEY, accessKeyId: 'ASIALOCALTEMPORARY01', sessionToken: 'FQoGZXIvYXdzEXAMPLE' };
let authenticator: Authenticator | undefined;
function auth(): Authenticator {
  authenticator ??= createAuthenticator({
    defaultMode: 'AMAZON_COGNITO_USER_POOLS',
    additionalModes: ['API_KEY', 'AWS_IAM'],
    apiKeys: [{ key: 'da2-realtimekeyrealtimekey00', expiresAt: Date.now() / 1000 + 3600 }],
    userPool: {
      userPoolId: cognito.userPoolId,
      issuer: cognito.issuer,
      jwksUri: cognito.jwksUri,
      appClientIds: [cognito.clientId],
      defaultAction: 'ALLOW',
    },
    // a temporary credential beside the long-term key: only its own session token is accepted
    iam: { ...TEST_IAM, credentials: [...TEST_IAM.credentials, TEMPORARY] },
  });
  return authenticator;
}
const connect = (header: unknown) =>
  auth().authenticateHeaderObject(header, { kind: 'connect', graphqlUrl: GRAPHQL_URL, sourceIp: ['127.0.0.1'] });
const start = (header: unknown, data = DATA) =>
  auth().authenticateHeaderObject(header, { kind: 'start', data, graphqlUrl: GRAPHQL_URL, sourceIp: ['127.0.0.1'] });

/**
 * IAM header object as the clients make it: SigV4 over POST `<graphqlUrl>/connect` with `{}`, or over the start's
 * `data`.
 */
const iamHeader = (kind: 'connect' | 'start', data = DATA, extra: Partial<Parameters<typeof signedHeaders>[0]> = {}) =>
  signedHeaders({
    url: kind === 'connect' ? `${GRAPHQL_URL}/connect` : GRAPHQL_URL,
    body: kind === 'connect' ? '{}' : data,
    headers: REALTIME_HEADERS,
    ...extra,
  });

describe('real-time auth header objects', () => {
  it('API key: {host, x-api-key} (plus Amplify’s x-amz-date) connects and starts', async () => {
    const header = { host: HOST, 'x-api-key': 'da2-realtimekeyrealtimekey00', 'x-amz-date': '20261127T120000Z' };
    expect(await connect(header)).toEqual({ caller: { mode: 'API_KEY', identity: null, groups: [] } });
    expect((await start(header)).caller?.mode).toBe('API_KEY');
    expect((await connect({ ...header, 'x-api-key': 'da2-wrong' })).error?.status).toBe(401);
  });

  it('Cognito: {host, Authorization} with an access token or an ID token', async () => {
    const { accessToken, idToken } = await cognito.signIn(cognito.admin);
    const viaAccess = await connect({ host: HOST, Authorization: accessToken });
    expect(viaAccess.caller).toMatchObject({ mode: 'AMAZON_COGNITO_USER_POOLS', groups: ['admin'] });
    expect(viaAccess.caller?.identity).toMatchObject({
      sub: cognito.admin.sub,
      sourceIp: ['127.0.0.1'],
      defaultAuthStrategy: 'ALLOW',
    });
    expect((await start({ host: HOST, Authorization: idToken })).caller?.groups).toEqual(['admin']);
    const [h, p] = idToken.split('.');
    expect((await connect({ host: HOST, Authorization: `${h}.${p}.AAAA` })).error?.status).toBe(401);
  });

  it('IAM connect: SigV4 over POST <graphqlUrl>/connect with body {}', async () => {
    const result = await connect(await iamHeader('connect'));
    expect(result.caller).toMatchObject({
      mode: 'AWS_IAM',
      identity: { userArn: TEST_KEY.userArn, accountId: TEST_IAM.accountId, sourceIp: ['127.0.0.1'] },
    });
  });

  it('IAM connect header as aws-appsync-subscription-link signs it (X-Amz-Security-Token included)', async () => {
    const signed = Signer.sign(
      { url: `${GRAPHQL_URL}/connect`, body: '{}', method: 'POST', headers: { ...REALTIME_HEADERS } },
      {
        access_key: TEMPORARY.accessKeyId,
        secret_key: TEMPORARY.secretAccessKey,
        session_token: TEMPORARY.sessionToken,
      },
      { region: 'us-east-1', service: 'appsync' },
    ) as { headers: Record<string, string> };
    expect(Object.keys(signed.headers)).toEqual(
      expect.arrayContaining(['host', 'x-amz-date', 'X-Amz-Security-Token', 'Authorization']),
    );
    expect((await connect(signed.headers)).caller?.mode).toBe('AWS_IAM');
  });

  it('IAM start: SigV4 over the data string; other data or the connect signature is refused', async () => {
    expect((await start(await iamHeader('start'))).caller?.mode).toBe('AWS_IAM');
    expect((await start(await iamHeader('start'), DATA.replace('status', 'total'))).error?.status).toBe(403);
    expect((await start(await iamHeader('connect'))).error?.status).toBe(403);
    expect((await connect(await iamHeader('start'))).error?.status).toBe(403);
  });

  it('IAM header objects are refused for a wrong secret, an unknown key or a stale date', async () => {
    expect(
      (await connect(await iamHeader('connect', DATA, { secretAccessKey: 'wrong' }))).error?.body.errors[0].errorType,
    ).toBe('InvalidSignatureException');
    expect(
      (await connect(await iamHeader('connect', DATA, { accessKeyId: 'AKIANOBODY0000000000' }))).error?.body.errors[0]
        .errorType,
    ).toBe('UnrecognizedClientException');
    expect(
      (await connect(await iamHeader('connect', DATA, { signingDate: new Date(Date.now() - 10 * 60_000) }))).error?.body
        .errors[0].message,
    ).toMatch(/^Signature expired/);
  });

  it('refuses a header object without host, without credentials, or that is not an object', async () => {
    const noAuth = {
      error: {
        status: 401,
        body: { errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }] },
      },
    };
    expect(await connect({ 'x-api-key': 'da2-realtimekeyrealtimekey00' })).toEqual(noAuth);
    expect(await connect({ host: HOST })).toEqual(noAuth);
    expect(await connect('x-api-key')).toEqual(noAuth);
    expect(await connect(null)).toEqual(noAuth);
  });
});

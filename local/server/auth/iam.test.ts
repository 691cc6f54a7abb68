// AWS_IAM mode: SigV4-signed requests, signed by @smithy/signature-v4 (and AppSync's own client
// signer) as a client would, sent over real HTTP to a server that calls authenticate().
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from './index.ts';
import {
  TEST_IAM,
  TEST_KEY,
  signedHeaders,
  startAuthEchoServer,
  type EchoServer,
  type SignOptions,
} from '../../../test/support/sigv4-client.ts';
import type { AuthResult } from './types.ts';

// The package's ESM build cannot construct Sha256 under Node ESM (`import * as` of a CJS module):
// load its CommonJS build, as a CJS client would.
const { Signer } = createRequire(import.meta.url)('aws-appsync-auth-link') as typeof import('aws-appsync-auth-link');

// A temporary credential (access key, secret and session token) beside the long-term test key.
const TEMPORARY = { ...TEST_KEY, accessKeyId: 'ASIALOCALTEMPORARY01', sessionToken: 'FQoGZXIvYXdzEXAMPLE' };
const auth = createAuthenticator({
  defaultMode: 'AMAZON_COGNITO_USER_POOLS',
  additionalModes: ['API_KEY', 'AWS_IAM'],
  apiKeys: [],
  iam: { ...TEST_IAM, credentials: [...TEST_IAM.credentials, TEMPORARY] },
});
let server: EchoServer;
beforeAll(async () => {
  server = await startAuthEchoServer(auth);
});
afterAll(() => server?.close());

const BODY = JSON.stringify({ query: 'mutation { updateOrderStatus(id: "01J", status: PAID) { id } }', variables: {} });

async function send(
  headers: Record<string, string>,
  body = BODY,
  url = server.url,
): Promise<{ status: number; result: AuthResult }> {
  const { host: _host, ...rest } = headers; // fetch sets Host itself, to the same value
  const res = await fetch(url, { method: 'POST', headers: rest, body });
  return { status: res.status, result: (await res.json()) as AuthResult };
}
const sign = (options: Partial<SignOptions> = {}) => signedHeaders({ url: server.url, body: BODY, ...options });
const refusal = (errorType: string, message: string | RegExp) => ({
  error: {
    status: 403,
    body: { errors: [{ errorType, message: typeof message === 'string' ? message : expect.stringMatching(message) }] },
  },
});
const INVALID_TOKEN = 'The security token included in the request is invalid.';
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

describe('IAM (SigV4) requests', () => {
  it('admits a request signed with the configured key; ctx.identity exactly as AppSync fills it', async () => {
    const { status, result } = await send({ ...(await sign()), 'x-forwarded-for': '203.0.113.9' });
    expect(status).toBe(200);
    expect(result).toEqual({
      caller: {
        mode: 'AWS_IAM',
        groups: [],
        identity: {
          accountId: '123456789012',
          cognitoIdentityPoolId: null,
          cognitoIdentityId: null,
          sourceIp: ['203.0.113.9', '127.0.0.1'],
          username: TEST_KEY.username,
          userArn: TEST_KEY.userArn,
          cognitoIdentityAuthType: null,
          cognitoIdentityAuthProvider: null,
        },
      },
    });
    expect(Object.keys(result.caller!.identity!)).toEqual([
      'accountId',
      'cognitoIdentityPoolId',
      'cognitoIdentityId',
      'sourceIp',
      'username',
      'userArn',
      'cognitoIdentityAuthType',
      'cognitoIdentityAuthProvider',
    ]);
  });

  it('admits a request signed by aws-appsync-auth-link’s Signer (what Apollo clients use)', async () => {
    const url = new URL(server.url);
    const signed = Signer.sign(
      {
        url: server.url,
        method: 'POST',
        body: BODY,
        headers: { accept: '*/*', 'content-type': 'application/json; charset=UTF-8' },
        host: url.host,
        path: url.pathname,
      },
      { access_key: TEST_KEY.accessKeyId, secret_key: TEST_KEY.secretAccessKey },
      { region: 'us-east-1', service: 'appsync' },
    ) as { headers: Record<string, string> };
    const { status } = await send(signed.headers);
    expect(status).toBe(200);
  });

  it('admits a signed session token and a signed payload hash (the SDK defaults)', async () => {
    const { status } = await send(await sign({ ...TEMPORARY, applyChecksum: true }));
    expect(status).toBe(200);
  });

  it('refuses a session token the key does not have: the local keys are long-term (UnrecognizedClient)', async () => {
    const forged = await send(await sign({ sessionToken: 'FQoGZXIvYXdzEXAMPLE' }));
    expect(forged.result).toEqual(refusal('UnrecognizedClientException', INVALID_TOKEN));
    const wrong = await send(await sign({ ...TEMPORARY, sessionToken: 'FQoGZXIvYXdzOTHER' }));
    expect(wrong.result).toEqual(refusal('UnrecognizedClientException', INVALID_TOKEN));
    const missing = await send(await sign({ ...TEMPORARY, sessionToken: undefined }));
    expect(missing.result).toEqual(refusal('UnrecognizedClientException', INVALID_TOKEN));
  });

  it('refuses an x-amz-security-token that is not in SignedHeaders (added after signing)', async () => {
    for (const token of ['FQoGZXIvYXdzEXAMPLE', TEMPORARY.sessionToken]) {
      const { status, result } = await send({ ...(await sign()), 'x-amz-security-token': token });
      expect(status).toBe(403);
      expect(result).toEqual(
        refusal(
          'InvalidSignatureException',
          "'X-Amz-Security-Token' must be a 'SignedHeader' in the AWS Authorization.",
        ),
      );
    }
  });

  it('refuses a signature made with a wrong secret (403 InvalidSignatureException)', async () => {
    const { status, result } = await send(await sign({ secretAccessKey: 'not-the-secret' }));
    expect(status).toBe(403);
    expect(result).toEqual(refusal('InvalidSignatureException', MISMATCH));
  });

  it('refuses an unknown access key (403 UnrecognizedClientException)', async () => {
    const { status, result } = await send(await sign({ accessKeyId: 'AKIAUNKNOWNKEY000000' }));
    expect(status).toBe(403);
    expect(result).toEqual(
      refusal('UnrecognizedClientException', 'The security token included in the request is invalid.'),
    );
  });

  it('refuses a tampered body', async () => {
    const tampered = BODY.replace('PAID', 'REFUNDED');
    expect((await send(await sign(), tampered)).result).toEqual(refusal('InvalidSignatureException', MISMATCH));
  });

  it('refuses a tampered body even when the client signed x-amz-content-sha256', async () => {
    const tampered = BODY.replace('PAID', 'REFUNDED');
    expect((await send(await sign({ applyChecksum: true }), tampered)).result).toEqual(
      refusal('InvalidSignatureException', MISMATCH),
    );
  });

  it('refuses a changed signed header and a different path', async () => {
    const headers = await sign();
    expect((await send({ ...headers, 'content-type': 'text/plain' })).status).toBe(403);
    expect((await send(headers, BODY, server.url.replace('/graphql', '/graphql2'))).status).toBe(403);
  });

  it('refuses a date more than 5 minutes old, and one more than 5 minutes ahead', async () => {
    const stale = await send(await sign({ signingDate: new Date(Date.now() - 6 * 60_000) }));
    expect(stale.result).toEqual(
      refusal(
        'InvalidSignatureException',
        /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)$/,
      ),
    );
    const future = await send(await sign({ signingDate: new Date(Date.now() + 6 * 60_000) }));
    expect(future.result).toEqual(refusal('InvalidSignatureException', /^Signature not yet current: /));
    expect((await send(await sign({ signingDate: new Date(Date.now() - 4 * 60_000) }))).status).toBe(200);
  });

  it('refuses another service or region in the credential scope', async () => {
    expect((await send(await sign({ service: 'execute-api' }))).result).toEqual(
      refusal('InvalidSignatureException', "Credential should be scoped to correct service: 'appsync'."),
    );
    expect((await send(await sign({ region: 'eu-west-1' }))).result).toEqual(
      refusal('InvalidSignatureException', "Credential should be scoped to a valid region, not 'eu-west-1'."),
    );
  });

  it('refuses an Authorization header missing its parts (403 IncompleteSignatureException)', async () => {
    const headers = await sign();
    const { result } = await send({
      ...headers,
      authorization: 'AWS4-HMAC-SHA256 Credential=AKIALOCALFULFILMENT1/20260101/us-east-1/appsync/aws4_request',
    });
    expect(result).toEqual(
      refusal(
        'IncompleteSignatureException',
        "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter.",
      ),
    );
  });

  it('refuses a signature replayed with a different x-amz-date', async () => {
    const headers = await sign({ signingDate: new Date(Date.now() - 60_000) });
    const now = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
    expect((await send({ ...headers, 'x-amz-date': now })).status).toBe(403);
  });
});

// The local Cognito's gateway in front of a real cognito-local, probed as a hostile client would: admin
// operations need SigV4 with the stack's IAM keys (unsigned, wrong secret, unknown key, wrong region and
// target tricks are refused with Cognito's JSON errors and change nothing), non-loopback Host names are
// refused, cognito-local's own port answers nothing without the gateway's secret, and the public
// operations keep working unsigned or signed with any key, as on Cognito.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  ListUsersCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cognitoSignatureCheck,
  createCognitoAdmin,
  generatePassword,
  startCognitoGateway,
  startCognitoLocal,
  type CognitoGateway,
  type CognitoLocal,
} from '../../local/engines/index.ts';
import { raw } from './cognito-raw.ts';

const REGION = 'us-east-1';
const IAM = { accessKeyId: 'AKIALOCALTESTKEY0001', secretAccessKey: randomBytes(30).toString('base64') };
const SECRET = randomBytes(24).toString('hex');
const dataDir = mkdtempSync(join(tmpdir(), 'cognito-gateway-'));
let cognito: CognitoLocal;
let gateway: CognitoGateway;
let up = true;
let poolId = '';
let clientId = '';

const sdk = (credentials: { accessKeyId: string; secretAccessKey: string }, region = REGION) =>
  new CognitoIdentityProviderClient({ endpoint: gateway.endpoint, region, credentials, maxAttempts: 1 });

/** SignUp through the public door, unsigned; returns the new user's email. */
async function signUp(): Promise<string> {
  const email = `probe-${randomBytes(4).toString('hex')}@example.com`;
  const attributes = [{ Name: 'email', Value: email }];
  const body = { ClientId: clientId, Username: email, Password: generatePassword(), UserAttributes: attributes };
  const answer = await raw(gateway.endpoint, { target: 'SignUp', body });
  expect(answer.status).toBe(200);
  return email;
}

async function statusOf(email: string): Promise<string | undefined> {
  const client = sdk(IAM);
  try {
    return (await client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: email }))).UserStatus;
  } finally {
    client.destroy();
  }
}

beforeAll(async () => {
  gateway = await startCognitoGateway({
    port: 0,
    upstream: () => (up ? cognito?.endpoint : undefined),
    verify: cognitoSignatureCheck([IAM], REGION),
    upstreamHeaders: { 'x-shop-gateway': SECRET },
  });
  cognito = await startCognitoLocal({ dataDir, issuerDomain: gateway.endpoint, gatewaySecret: SECRET });
  const admin = createCognitoAdmin(gateway.endpoint, IAM, REGION);
  try {
    const pool = await admin.ensureUserPool({ name: 'hostile', usernameAttributes: ['email'] });
    poolId = pool.userPoolId;
    const flows = ['ALLOW_USER_PASSWORD_AUTH' as const];
    clientId = await admin.ensureUserPoolClient(poolId, { name: 'web', explicitAuthFlows: flows });
  } finally {
    admin.destroy();
  }
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await cognito?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('operations that need IAM', () => {
  it('refuses unsigned admin calls with MissingAuthenticationToken, no CORS, and nothing changes', async () => {
    const email = await signUp();
    for (const [target, body] of [
      ['ListUsers', { UserPoolId: poolId }],
      ['AdminConfirmSignUp', { UserPoolId: poolId, Username: email }],
      ['AdminAddUserToGroup', { UserPoolId: poolId, Username: email, GroupName: 'admin' }],
      ['CreateGroup', { UserPoolId: poolId, GroupName: 'admin' }],
      ['ListUserPools', { MaxResults: 10 }],
      ['DescribeUserPoolClient', { UserPoolId: poolId, ClientId: clientId }],
      ['NotAnOperationAtAll', {}],
    ] as const) {
      const answer = await raw(gateway.endpoint, { target, body, headers: { origin: 'http://evil.example' } });
      expect([target, answer.status, answer.json()]).toEqual([
        target,
        400,
        { __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' },
      ]);
      expect(answer.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(await statusOf(email)).toBe('UNCONFIRMED');
  });

  it('accepts the stack keys; refuses a wrong secret, an unknown key and another region', async () => {
    const email = await signUp();
    const good = sdk(IAM);
    const wrongSecret = sdk({ accessKeyId: IAM.accessKeyId, secretAccessKey: 'not-the-secret' });
    const unknownKey = sdk({ accessKeyId: 'local', secretAccessKey: 'local' });
    const otherRegion = sdk(IAM, 'eu-west-1');
    try {
      const list = new ListUsersCommand({ UserPoolId: poolId, Filter: `email = "${email}"` });
      const emails = (await good.send(list)).Users?.map((u) => u.Attributes?.find((a) => a.Name === 'email')?.Value);
      expect(emails).toEqual([email]);
      await expect(wrongSecret.send(list)).rejects.toMatchObject({ name: 'InvalidSignatureException' });
      await expect(unknownKey.send(list)).rejects.toMatchObject({
        name: 'UnrecognizedClientException',
        message: 'The security token included in the request is invalid.',
      });
      await expect(otherRegion.send(list)).rejects.toMatchObject({ name: 'InvalidSignatureException' });
    } finally {
      [good, wrongSecret, unknownKey, otherRegion].forEach((c) => c.destroy());
    }
  });

  it('reads X-Amz-Target strictly: another prefix, a second dot or header never reach an admin op', async () => {
    const email = await signUp();
    const body = { UserPoolId: poolId, Username: email };
    const tricks: Array<string | string[]> = [
      'Evil.AdminConfirmSignUp',
      'AWSCognitoIdentityProviderService.SignUp.AdminConfirmSignUp',
      'AWSCognitoIdentityProviderService.AdminConfirmSignUp.SignUp',
      ['AWSCognitoIdentityProviderService.SignUp', 'AWSCognitoIdentityProviderService.AdminConfirmSignUp'],
    ];
    for (const target of tricks) {
      const answer = await raw(gateway.endpoint, { body, headers: { 'x-amz-target': target } });
      expect(answer.status).toBe(400);
      expect(['UnknownOperationException', 'MissingAuthenticationTokenException']).toContain(answer.json().__type);
    }
    expect(await statusOf(email)).toBe('UNCONFIRMED');
  });
});

describe('public operations', () => {
  it('answers SignUp and InitiateAuth unsigned or signed with any key (README), with CORS for all', async () => {
    const email = `public-${randomBytes(4).toString('hex')}@example.com`;
    const password = generatePassword();
    const anyKey = sdk({ accessKeyId: 'local', secretAccessKey: 'local' });
    const admin = sdk(IAM);
    try {
      const attributes = [{ Name: 'email', Value: email }];
      await anyKey.send(
        new SignUpCommand({ ClientId: clientId, Username: email, Password: password, UserAttributes: attributes }),
      );
      const confirm = await raw(gateway.endpoint, {
        target: 'AdminConfirmSignUp',
        body: { UserPoolId: poolId, Username: email },
      });
      expect(confirm.status).toBe(400);
      await admin.send(new AdminConfirmSignUpCommand({ UserPoolId: poolId, Username: email }));
      const auth = {
        AuthFlow: 'USER_PASSWORD_AUTH' as const,
        ClientId: clientId,
        AuthParameters: { USERNAME: email, PASSWORD: password },
      };
      const headers = { origin: 'http://a.example' };
      const unsigned = await raw(gateway.endpoint, { target: 'InitiateAuth', body: auth, headers });
      expect(unsigned.status).toBe(200);
      expect(unsigned.headers['access-control-allow-origin']).toBe('*');
      const signed = await anyKey.send(new InitiateAuthCommand(auth));
      const idToken = signed.AuthenticationResult?.IdToken ?? '';
      const claims = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'));
      // tokens name the public endpoint, not cognito-local's internal port
      expect(claims.iss).toBe(`${gateway.endpoint}/${poolId}`);
    } finally {
      anyKey.destroy();
      admin.destroy();
    }
  });

  it('answers a preflight for any origin, and serves the JWKS with CORS', async () => {
    const preflight = await raw(gateway.endpoint, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://a.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent',
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type,x-amz-target,x-amz-user-agent');
    const jwks = await raw(gateway.endpoint, { method: 'GET', path: `/${poolId}/.well-known/jwks.json` });
    expect(jwks.status).toBe(200);
    expect(jwks.json().keys).toHaveLength(1);
    expect(jwks.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('what the gateway does not serve', () => {
  it("leaves no way around it: cognito-local answers nothing without the gateway's secret", async () => {
    for (const req of [
      { target: 'ListUsers', body: { UserPoolId: poolId } },
      { target: 'AdminConfirmSignUp', body: { UserPoolId: poolId, Username: 'x' }, headers: { 'x-shop-gateway': 'x' } },
      { method: 'GET', path: '/health' },
    ]) {
      const answer = await raw(cognito.endpoint, req);
      expect([answer.status, answer.json().__type]).toEqual([403, 'AccessDeniedException']);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('refuses every request whose Host is not a loopback name (DNS rebinding), public ones included', async () => {
    const hosts = ['evil.example', `evil.example:${gateway.port}`, '127.0.0.1.nip.io', '10.0.0.1:80', 'localhost.evil'];
    for (const host of hosts) {
      for (const req of [
        { target: 'SignUp', body: { ClientId: clientId } },
        { method: 'OPTIONS' },
        { method: 'GET', path: `/${poolId}/.well-known/jwks.json` },
      ]) {
        const answer = await raw(gateway.endpoint, { ...req, headers: { host } });
        expect([host, answer.status, answer.json().__type]).toEqual([host, 403, 'AccessDeniedException']);
        expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      }
    }
    for (const host of [`localhost:${gateway.port}`, `[::1]:${gateway.port}`, `LOCALHOST`]) {
      const answer = await raw(gateway.endpoint, { method: 'GET', path: '/health', headers: { host } });
      expect([host, answer.status]).toEqual([host, 200]);
    }
  });

  it('serves no other path, refuses bodies over 1 MiB, and says when cognito-local is down', async () => {
    const token = await raw(gateway.endpoint, { path: '/oauth2/token', body: 'grant_type=password' });
    expect([token.status, token.json().__type]).toEqual([404, 'ResourceNotFoundException']);
    const big = await raw(gateway.endpoint, { target: 'SignUp', body: 'x'.repeat(1024 * 1024 + 1) });
    expect([big.status, big.json().__type]).toEqual([413, 'RequestEntityTooLarge']);
    up = false;
    try {
      const down = await raw(gateway.endpoint, { target: 'SignUp', body: { ClientId: clientId } });
      expect([down.status, down.json().__type]).toEqual([500, 'InternalErrorException']);
    } finally {
      up = true;
    }
  });
});

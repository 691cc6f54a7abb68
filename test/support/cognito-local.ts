// One cognito-local per test file: call useCognitoLocal() at the top of the file. It starts a real
// cognito-local child on 127.0.0.1 with a throwaway data dir and provisions a pool ("shop-test",
// email as username) with an app client, an `admin` group, an admin user and a shopper user.
// Tokens come from InitiateAuth USER_PASSWORD_AUTH through the AWS SDK, as a client gets them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InitiateAuthCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll } from 'vitest';
import {
  createCognitoAdmin,
  generatePassword,
  startCognitoLocal,
  type CognitoAdmin,
  type CognitoLocal,
} from '../../local/engines/index.ts';

export interface TestUser {
  email: string;
  password: string;
  groups: string[];
  /** The pool's username: a UUID, because email is the username attribute. */
  username: string;
  sub: string;
}

export interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
}

export interface CognitoLocalHandle {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  readonly startupMs: number;
  readonly dataDir: string;
  readonly userPoolId: string;
  readonly issuer: string;
  readonly jwksUri: string;
  readonly clientId: string;
  readonly admin: TestUser;
  readonly shopper: TestUser;
  /** Admin API client for the running instance (also for provisioning more pools in a test). */
  readonly cognito: CognitoAdmin;
  readonly client: CognitoIdentityProviderClient;
  /** InitiateAuth USER_PASSWORD_AUTH (cached per user and client). */
  signIn(user: Pick<TestUser, 'email' | 'password'>, clientId?: string): Promise<Tokens>;
}

export const TEST_POOL = 'shop-test';
export const TEST_CLIENT = 'shop-web';

export function useCognitoLocal(): CognitoLocalHandle {
  let server: CognitoLocal | undefined;
  let admin: CognitoAdmin | undefined;
  let dataDir = '';
  let pool = { userPoolId: '', issuer: '', jwksUri: '' };
  let clientId = '';
  const users: Record<'admin' | 'shopper', TestUser> = {
    admin: { email: 'admin@example.com', password: generatePassword(), groups: ['admin'], username: '', sub: '' },
    shopper: { email: 'shopper@example.com', password: generatePassword(), groups: [], username: '', sub: '' },
  };
  const tokenCache = new Map<string, Promise<Tokens>>();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cognito-local-test-'));
    server = await startCognitoLocal({ dataDir, port: 0 });
    admin = createCognitoAdmin(server.endpoint);
    pool = await admin.ensureUserPool({
      name: TEST_POOL,
      usernameAttributes: ['email'],
      autoVerifiedAttributes: ['email'],
    });
    clientId = await admin.ensureUserPoolClient(pool.userPoolId, {
      name: TEST_CLIENT,
      explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    await admin.ensureGroup(pool.userPoolId, 'admin', 'Shop staff');
    for (const user of Object.values(users)) Object.assign(user, await admin.ensureUser(pool.userPoolId, user));
  });

  afterAll(async () => {
    admin?.destroy();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const running = (): CognitoLocal => {
    if (!server || !admin) throw new Error('cognito-local is not running yet: read the handle inside a test or hook');
    return server;
  };

  async function initiate(user: Pick<TestUser, 'email' | 'password'>, client: string): Promise<Tokens> {
    const out = await admin!.client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: client,
        AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
      }),
    );
    const r = out.AuthenticationResult;
    if (!r?.IdToken || !r.AccessToken || !r.RefreshToken)
      throw new Error(`InitiateAuth for ${user.email} returned no tokens`);
    return { idToken: r.IdToken, accessToken: r.AccessToken, refreshToken: r.RefreshToken };
  }

  return {
    get endpoint() {
      return running().endpoint;
    },
    get port() {
      return running().port;
    },
    get pid() {
      return running().pid;
    },
    get startupMs() {
      return running().startupMs;
    },
    get dataDir() {
      running();
      return dataDir;
    },
    get userPoolId() {
      running();
      return pool.userPoolId;
    },
    get issuer() {
      running();
      return pool.issuer;
    },
    get jwksUri() {
      running();
      return pool.jwksUri;
    },
    get clientId() {
      running();
      return clientId;
    },
    get admin() {
      running();
      return users.admin;
    },
    get shopper() {
      running();
      return users.shopper;
    },
    get cognito() {
      running();
      return admin!;
    },
    get client() {
      running();
      return admin!.client;
    },
    signIn(user, client = clientId) {
      running();
      const key = `${user.email}\n${user.password}\n${client}`;
      let tokens = tokenCache.get(key);
      if (!tokens) {
        tokens = initiate(user, client);
        tokenCache.set(key, tokens);
        tokens.catch(() => tokenCache.delete(key));
      }
      return tokens;
    },
  };
}

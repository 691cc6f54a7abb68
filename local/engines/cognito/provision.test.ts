// Provisioning is idempotent, including across a restart of cognito-local over the same data dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminListGroupsForUserCommand,
  InitiateAuthCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { createCognitoAdmin, generatePassword, startCognitoLocal, type CognitoAdmin } from './index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cognito-provision-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function provision(
  admin: CognitoAdmin,
  adminPassword: string,
  shopperPassword: string,
  shopperGroups: string[] = [],
) {
  const pool = await admin.ensureUserPool({
    name: 'shop-local',
    usernameAttributes: ['email'],
    passwordPolicy: {
      minimumLength: 12,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
    },
  });
  const clientId = await admin.ensureUserPoolClient(pool.userPoolId, {
    name: 'web',
    explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  await admin.ensureGroup(pool.userPoolId, 'admin');
  await admin.ensureGroup(pool.userPoolId, 'support');
  const adminUser = await admin.ensureUser(pool.userPoolId, {
    email: 'admin@example.com',
    password: adminPassword,
    groups: ['admin'],
  });
  const shopper = await admin.ensureUser(pool.userPoolId, {
    email: 'shopper@example.com',
    password: shopperPassword,
    groups: shopperGroups,
  });
  return { pool, clientId, adminUser, shopper };
}

async function idTokenClaims(admin: CognitoAdmin, clientId: string, email: string, password: string) {
  const out = await admin.client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  return decodeJwt(out.AuthenticationResult!.IdToken!);
}

describe('provisioning over persisted state', () => {
  it('finds and reuses the same pool, client, groups and users after a restart', async () => {
    const adminPassword = generatePassword();
    const shopperPassword = generatePassword();

    const first = await startCognitoLocal({ dataDir });
    const admin1 = createCognitoAdmin(first.endpoint);
    const a = await provision(admin1, adminPassword, shopperPassword);
    expect(a.pool.created).toBe(true);
    expect(a.pool.issuer).toBe(`${first.endpoint}/${a.pool.userPoolId}`);
    expect(a.pool.jwksUri).toBe(`${a.pool.issuer}/.well-known/jwks.json`);
    expect(a.adminUser.created).toBe(true);
    // Same process, second run: nothing new.
    const again = await provision(admin1, adminPassword, shopperPassword);
    expect(again.pool).toEqual({ ...a.pool, created: false });
    expect(again.clientId).toBe(a.clientId);
    expect(again.adminUser).toEqual({ ...a.adminUser, created: false });
    admin1.destroy();
    await first.stop();

    const second = await startCognitoLocal({ dataDir });
    const admin2 = createCognitoAdmin(second.endpoint);
    try {
      const b = await provision(admin2, adminPassword, shopperPassword, ['support']);
      expect(b.pool.userPoolId).toBe(a.pool.userPoolId);
      expect(b.pool.created).toBe(false);
      expect(b.clientId).toBe(a.clientId);
      expect(b.adminUser).toEqual({ ...a.adminUser, created: false });
      expect(b.shopper).toEqual({ ...a.shopper, created: false });

      const pools = await admin2.client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
      expect(pools.UserPools?.filter((p) => p.Name === 'shop-local')).toHaveLength(1);
      const users = await admin2.client.send(new ListUsersCommand({ UserPoolId: b.pool.userPoolId }));
      expect(users.Users).toHaveLength(2);

      // Logins still work with the persisted passwords, and issuers follow the new port.
      const adminClaims = await idTokenClaims(admin2, b.clientId, 'admin@example.com', adminPassword);
      expect(adminClaims['cognito:groups']).toEqual(['admin']);
      expect(adminClaims.iss).toBe(`${second.endpoint}/${b.pool.userPoolId}`);
      // The groups list is the whole membership: the shopper gained `support` and nothing else.
      const groups = await admin2.client.send(
        new AdminListGroupsForUserCommand({ UserPoolId: b.pool.userPoolId, Username: b.shopper.username }),
      );
      expect(groups.Groups?.map((g) => g.GroupName)).toEqual(['support']);
      // Admin membership survived ensureGroup on an existing group (cognito-local's CreateGroup would wipe it).
      const adminGroups = await admin2.client.send(
        new AdminListGroupsForUserCommand({ UserPoolId: b.pool.userPoolId, Username: b.adminUser.username }),
      );
      expect(adminGroups.Groups?.map((g) => g.GroupName)).toEqual(['admin']);
    } finally {
      admin2.destroy();
      await second.stop();
    }
  });

  it('ensureUser sets the given password even for an existing user, and removes dropped groups', async () => {
    const server = await startCognitoLocal({ dataDir });
    const admin = createCognitoAdmin(server.endpoint);
    try {
      const { pool, clientId } = await provision(admin, generatePassword(), generatePassword(), ['support']);
      const newPassword = generatePassword();
      const user = await admin.ensureUser(pool.userPoolId, {
        email: 'shopper@example.com',
        password: newPassword,
        groups: [],
      });
      expect(user.created).toBe(false);
      const claims = await idTokenClaims(admin, clientId, 'shopper@example.com', newPassword);
      expect(claims['cognito:groups']).toBeUndefined();
    } finally {
      admin.destroy();
      await server.stop();
    }
  });
});

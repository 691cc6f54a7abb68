// A sign-up's confirmation code, which Cognito would mail, reaches npm start's log: cognito-local writes
// it as a marked line (hooks.cjs), and startCognitoLocal hands each one to onConfirmationCode at once,
// under concurrency too. The code it gives confirms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS } from '../../aws/index.ts';
import { createCognitoAdmin, generatePassword, startCognitoLocal } from './index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cognito-codes-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('confirmation codes', () => {
  it('hands over the code of each of 20 concurrent sign-ups within a second, and each code confirms', async () => {
    const codes = new Map<string, { code: string; at: number }>();
    const cognito = await startCognitoLocal({
      dataDir,
      onConfirmationCode: (c) => codes.set(c.destination, { code: c.code, at: performance.now() }),
    });
    const client = new CognitoIdentityProviderClient({
      endpoint: cognito.endpoint,
      region: 'local',
      credentials: LOCAL_CREDENTIALS,
    });
    const admin = createCognitoAdmin(cognito.endpoint);
    try {
      const pool = await admin.ensureUserPool({
        name: 'codes',
        usernameAttributes: ['email'],
        autoVerifiedAttributes: ['email'],
      });
      const clientId = await admin.ensureUserPoolClient(pool.userPoolId, {
        name: 'web',
        explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
      });
      const emails = Array.from({ length: 20 }, (_, i) => `grace${i}@example.com`);
      const answered = await Promise.all(
        emails.map(async (email) => {
          await client.send(
            new SignUpCommand({
              ClientId: clientId,
              Username: email,
              Password: generatePassword(),
              UserAttributes: [{ Name: 'email', Value: email }],
            }),
          );
          return performance.now();
        }),
      );
      await waitUntil(() => emails.every((e) => codes.has(e)), 5_000);
      emails.forEach((email, i) => {
        expect(codes.get(email)?.code).toMatch(/^\d{6}$/);
        // the code is in hand no later than a second after SignUp answered
        expect(codes.get(email)!.at - answered[i]!).toBeLessThan(1_000);
      });
      for (const email of emails) {
        const confirmed = await client.send(
          new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: codes.get(email)!.code }),
        );
        expect(confirmed.$metadata.httpStatusCode).toBe(200);
      }
    } finally {
      admin.destroy();
      client.destroy();
      await cognito.stop();
    }
  }, 60_000);
});

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

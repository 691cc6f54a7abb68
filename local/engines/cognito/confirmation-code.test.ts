// A sign-up's confirmation code, which Cognito would mail, reaches npm start's log: cognito-local prints
// it in a box, and startCognitoLocal hands each one to onConfirmationCode. The code it gives confirms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS } from '../../local-aws.ts';
import { confirmationCodes } from './start.ts';
import { createCognitoAdmin, generatePassword, startCognitoLocal } from './index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cognito-codes-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('confirmation codes', () => {
  it('reads the destination and code out of cognito-local boxes, also with escaped newlines', () => {
    const box = [
      'Confirmation Code Delivery',
      '│ Username:    u-1 │',
      '│ Destination: ada@example.com │',
      '│ Code:        123456 │',
    ].join('\\n');
    const found = confirmationCodes(`{"msg":"╭──╮ ${box}"}`);
    expect(found).toEqual([{ destination: 'ada@example.com', code: '123456' }]);
    expect(confirmationCodes('nothing here')).toEqual([]);
  });

  it('hands over the code of a real sign-up, and that code confirms the user', async () => {
    const codes: Array<{ destination: string; code: string }> = [];
    const cognito = await startCognitoLocal({ dataDir, onConfirmationCode: (c) => codes.push(c) });
    const client = new CognitoIdentityProviderClient({
      endpoint: cognito.endpoint,
      region: 'local',
      credentials: LOCAL_CREDENTIALS,
    });
    try {
      const admin = createCognitoAdmin(cognito.endpoint);
      const pool = await admin.ensureUserPool({
        name: 'codes',
        usernameAttributes: ['email'],
        autoVerifiedAttributes: ['email'],
      });
      const clientId = await admin.ensureUserPoolClient(pool.userPoolId, {
        name: 'web',
        explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
      });
      const email = 'grace@example.com';
      await client.send(
        new SignUpCommand({
          ClientId: clientId,
          Username: email,
          Password: generatePassword(),
          UserAttributes: [{ Name: 'email', Value: email }],
        }),
      );
      for (let i = 0; i < 50 && codes.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(codes).toEqual([{ destination: email, code: expect.stringMatching(/^\d{6}$/) }]);
      const confirmed = await client.send(
        new ConfirmSignUpCommand({ ClientId: clientId, Username: email, ConfirmationCode: codes[0]!.code }),
      );
      expect(confirmed.$metadata.httpStatusCode).toBe(200);
    } finally {
      client.destroy();
      await cognito.stop();
    }
  }, 60_000);
});

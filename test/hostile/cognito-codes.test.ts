// Finding 7 of issue 15, as it was found: 20 shoppers sign up at once through the public Cognito
// endpoint of a real `npm start`, and every confirmation code is in npm start's log within a second of
// its SignUp answer (the README tells people to read it there), and each code confirms its user.
import { randomUUID } from 'node:crypto';
import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePassword } from '../../local/engines/index.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';

const CODE_LINE = /Cognito: confirmation code for (\S+): (\d+)/g;
let shop: ShopProcess;

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
}, 180_000);

afterAll(async () => {
  if (shop) expect(await shop.stop()).toBe(0);
}, 60_000);

describe("confirmation codes in npm start's log", () => {
  it('shows the code of each of 20 concurrent sign-ups within a second, and each code confirms', async () => {
    const seen = new Map<string, { code: string; at: number }>();
    let pending = '';
    const watch = (chunk: Buffer) => {
      const at = performance.now();
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const match of lines.join('\n').matchAll(CODE_LINE)) seen.set(match[1]!, { code: match[2]!, at });
    };
    shop.child.stdout?.on('data', watch);
    shop.child.stderr?.on('data', watch);
    // public operations: unsigned on Cognito; the README's example client signs with any key
    const client = new CognitoIdentityProviderClient({
      endpoint: shop.outputs.cognitoEndpoint!,
      region: shop.outputs.region,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    try {
      const emails = Array.from({ length: 20 }, (_, i) => `code${i}-${randomUUID().slice(0, 8)}@example.com`);
      const answered = await Promise.all(
        emails.map(async (email) => {
          await client.send(
            new SignUpCommand({
              ClientId: shop.outputs.userPoolClientId!,
              Username: email,
              Password: generatePassword(),
              UserAttributes: [{ Name: 'email', Value: email }],
            }),
          );
          return performance.now();
        }),
      );
      const deadline = Date.now() + 5_000;
      while (!emails.every((e) => seen.has(e)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const late = emails.filter((email, i) => !seen.has(email) || seen.get(email)!.at - answered[i]! >= 1_000);
      expect(late).toEqual([]);
      for (const email of emails) {
        const out = await client.send(
          new ConfirmSignUpCommand({
            ClientId: shop.outputs.userPoolClientId!,
            Username: email,
            ConfirmationCode: seen.get(email)!.code,
          }),
        );
        expect(out.$metadata.httpStatusCode).toBe(200);
      }
    } finally {
      shop.child.stdout?.off('data', watch);
      shop.child.stderr?.off('data', watch);
      client.destroy();
    }
  }, 120_000);
});

// The escalation from issue 15, replayed in real Chromium against a real `npm start`: a page served
// from another origin (its own tiny server on 127.0.0.1) reads the public config, then tries ListUsers,
// SignUp, AdminConfirmSignUp, AdminAddUserToGroup admin, InitiateAuth and listOrders. The admin
// operations must fail (no CORS, refused without IAM) and change nothing, and the page must never read
// listOrders; the public SignUp still works cross-origin, as it does on Cognito.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchChromium } from '../support/browser.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';

let shop: ShopProcess;
let browser: Browser | undefined;
let attacker: Server;
let attackerOrigin = '';

/** The page's script: every step of the escalation, each outcome recorded rather than thrown. */
async function escalate(config: { cognito: string; graphqlUrl: string; poolId: string; clientId: string }) {
  const email = `mallory-${Math.random().toString(36).slice(2, 10)}@example.com`;
  const password = 'Mallory-1-password!';
  const call = async (target: string, body: unknown, mode: 'cors' | 'no-cors' = 'cors') => {
    try {
      const res = await fetch(config.cognito, {
        method: 'POST',
        mode,
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
        },
        body: JSON.stringify(body),
      });
      return { status: res.status, type: res.type, body: mode === 'cors' ? await res.json() : null };
    } catch (err) {
      return { error: String(err) };
    }
  };
  const pool = { UserPoolId: config.poolId };
  const steps: Record<string, any> = {};
  steps.listUsers = await call('ListUsers', pool);
  steps.signUp = await call('SignUp', {
    ClientId: config.clientId,
    Username: email,
    Password: password,
    UserAttributes: [{ Name: 'email', Value: email }],
  });
  steps.adminConfirm = await call('AdminConfirmSignUp', { ...pool, Username: email });
  steps.adminConfirmNoCors = await call('AdminConfirmSignUp', { ...pool, Username: email }, 'no-cors');
  steps.addToAdmin = await call('AdminAddUserToGroup', { ...pool, Username: email, GroupName: 'admin' });
  const addNoCors = { ...pool, Username: email, GroupName: 'admin' };
  steps.addToAdminNoCors = await call('AdminAddUserToGroup', addNoCors, 'no-cors');
  const auth = { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: config.clientId };
  steps.initiateAuth = await call('InitiateAuth', { ...auth, AuthParameters: { USERNAME: email, PASSWORD: password } });
  const token = steps.initiateAuth.body?.AuthenticationResult?.IdToken;
  try {
    const res = await fetch(config.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: token ?? 'none' },
      body: JSON.stringify({ query: '{ listOrders { items { id } } }' }),
    });
    steps.listOrders = { status: res.status, body: await res.json() };
  } catch (err) {
    steps.listOrders = { error: String(err) };
  }
  return { email, steps };
}

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>a page on another origin</title><p>hello</p>');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await closeBrowser(browser);
  await new Promise<void>((resolve) => (attacker ? attacker.close(() => resolve()) : resolve()));
  if (shop) expect(await shop.stop()).toBe(0);
}, 60_000);

describe('a page on another origin against the local Cognito', () => {
  it('cannot list users, confirm itself, join admin or read listOrders; SignUp works as on Cognito', async () => {
    const { outputs } = shop;
    const page = await browser!.newPage();
    await page.goto(`${attackerOrigin}/`);
    const config = {
      cognito: outputs.cognitoEndpoint!,
      graphqlUrl: outputs.graphqlUrl,
      poolId: outputs.userPoolId!,
      clientId: outputs.userPoolClientId!,
    };
    const { email, steps } = await page.evaluate(escalate, config);
    await page.close();

    const blocked = { error: expect.stringContaining('Failed to fetch') };
    expect(steps.listUsers).toEqual(blocked);
    expect(steps.adminConfirm).toEqual(blocked);
    expect(steps.addToAdmin).toEqual(blocked);
    // no-cors requests leave without the X-Amz-Target header, so the gateway never sees an operation
    expect(steps.adminConfirmNoCors).toEqual({ status: 0, type: 'opaque', body: null });
    expect(steps.signUp).toMatchObject({ status: 200, body: { UserConfirmed: false } });
    expect(steps.initiateAuth).toMatchObject({ status: 400, body: { __type: 'UserNotConfirmedException' } });
    expect(steps.listOrders.status).toBe(401);
    expect(JSON.stringify(steps.listOrders.body)).not.toContain('"listOrders":{');

    // and nothing changed behind the browser's back: the page's user is unconfirmed and in no group
    const admin = new CognitoIdentityProviderClient({
      endpoint: outputs.cognitoEndpoint!,
      region: outputs.region,
      credentials: { ...outputs.iam },
    });
    try {
      const user = await admin.send(new AdminGetUserCommand({ UserPoolId: config.poolId, Username: email }));
      expect(user.UserStatus).toBe('UNCONFIRMED');
      const groups = await admin.send(
        new AdminListGroupsForUserCommand({ UserPoolId: config.poolId, Username: user.Username }),
      );
      expect(groups.Groups).toEqual([]);
    } finally {
      admin.destroy();
    }
    // the refusals are in npm start's log, naming the operation
    expect(shop.output()).toContain('AdminConfirmSignUp without valid IAM credentials');
  }, 120_000);
});

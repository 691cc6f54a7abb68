// The token cache on its own, with a hand-driven clock: one sign-in per user until shortly before
// expiry, a new one after. Signing in against a real Cognito is in credentials.test.ts.
import { expect, test } from 'vitest';
import { createUserTokens, SignInError, type SignInRequest } from './user-tokens.ts';

const request = (email: string, password = 'pw'): SignInRequest => ({
  endpoint: 'http://127.0.0.1:9229',
  region: 'us-east-1',
  clientId: 'client',
  email,
  password,
});

function fakeCognito() {
  const calls: string[] = [];
  return {
    calls,
    signIn: (r: SignInRequest) => {
      calls.push(r.email);
      return Promise.resolve({ idToken: `token-${calls.length}-${r.email}`, expiresInSeconds: 3600 });
    },
  };
}

test('signs in once per user and reuses the token until a minute before it expires', async () => {
  let now = 1_000_000;
  const cognito = fakeCognito();
  const tokens = createUserTokens({ signIn: cognito.signIn, now: () => now });

  expect(await tokens.idToken(request('shopper@example.com'))).toBe('token-1-shopper@example.com');
  expect(await tokens.idToken(request('admin@example.com'))).toBe('token-2-admin@example.com');
  now += 3600_000 - 60_001;
  expect(await tokens.idToken(request('shopper@example.com'))).toBe('token-1-shopper@example.com');
  expect(cognito.calls).toEqual(['shopper@example.com', 'admin@example.com']);

  now += 1; // within the last minute: sign in again
  expect(await tokens.idToken(request('shopper@example.com'))).toBe('token-3-shopper@example.com');
  expect(cognito.calls).toHaveLength(3);
});

test('concurrent calls share one sign-in; a new password (npm start --reset) signs in again', async () => {
  const cognito = fakeCognito();
  const tokens = createUserTokens({ signIn: cognito.signIn });
  const both = await Promise.all([tokens.idToken(request('a@x')), tokens.idToken(request('a@x'))]);
  expect(both).toEqual(['token-1-a@x', 'token-1-a@x']);
  expect(await tokens.idToken(request('a@x', 'new-password'))).toBe('token-2-a@x');
});

test('a failed sign-in is reported and not remembered', async () => {
  let fail = true;
  const tokens = createUserTokens({
    signIn: () =>
      fail
        ? Promise.reject(new SignInError('SignInFailed', 'signing in as a@x failed: NotAuthorizedException'))
        : Promise.resolve({ idToken: 'ok', expiresInSeconds: 3600 }),
  });
  await expect(tokens.idToken(request('a@x'))).rejects.toThrow(/NotAuthorizedException/);
  fail = false;
  expect(await tokens.idToken(request('a@x'))).toBe('ok');
});

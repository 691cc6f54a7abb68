// Shoppers signed up through the local Cognito (SignUp, AdminConfirmSignUp, USER_PASSWORD_AUTH), each
// with its ID token, its `sub` (the cart's key) and its own cart helpers.
import { randomUUID } from 'node:crypto';
import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { generatePassword } from '../../local/engines/index.ts';
import type { LocalOutputs } from '../../local/start/index.ts';
import { dataOf, post } from './graphql.ts';

export interface Shopper {
  email: string;
  sub: string;
  headers: Record<string, string>;
}

export interface CartLine {
  sku: string;
  quantity: number;
}

const ADD = 'mutation AddToCart($sku: ID!, $q: Int!) { addToCart(sku: $sku, quantity: $q) { itemCount } }';

function cognito(outputs: LocalOutputs): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: outputs.cognitoEndpoint ?? undefined,
    region: outputs.region,
    // the stack's IAM keys: the local Cognito, like Cognito, refuses AdminConfirmSignUp without them
    credentials: { ...outputs.iam },
  });
}

/** The `sub` claim of an ID token (the shop keys carts and checkout records by it). */
function subOf(idToken: string): string {
  const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    sub: string;
  };
  return payload.sub;
}

export async function signIn(outputs: LocalOutputs, email: string, password: string): Promise<Shopper> {
  const client = cognito(outputs);
  try {
    const auth = await client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: outputs.userPoolClientId ?? undefined,
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    const token = auth.AuthenticationResult?.IdToken;
    if (!token) throw new Error(`no ID token for ${email}`);
    return { email, sub: subOf(token), headers: { authorization: token } };
  } finally {
    client.destroy();
  }
}

async function signUp(outputs: LocalOutputs, label: string): Promise<Shopper> {
  const client = cognito(outputs);
  const email = `${label}-${randomUUID().slice(0, 8)}@example.com`;
  const password = generatePassword();
  try {
    await client.send(
      new SignUpCommand({
        ClientId: outputs.userPoolClientId ?? undefined,
        Username: email,
        Password: password,
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    await client.send(new AdminConfirmSignUpCommand({ UserPoolId: outputs.userPoolId ?? undefined, Username: email }));
  } finally {
    client.destroy();
  }
  return signIn(outputs, email, password);
}

/** `count` shoppers, `parallel` sign-ups at a time (cognito-local writes a file per change). */
export async function signUpShoppers(outputs: LocalOutputs, count: number, parallel = 8): Promise<Shopper[]> {
  const shoppers: Shopper[] = [];
  for (let i = 0; i < count; i += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - i) }, (_, j) => signUp(outputs, `bench${i + j}`));
    shoppers.push(...(await Promise.all(batch)));
  }
  return shoppers;
}

/** Fills the shopper's (empty) cart through the API, as a storefront does, one addToCart per line. */
export async function fillCart(outputs: LocalOutputs, shopper: Shopper, lines: CartLine[]): Promise<void> {
  for (const line of lines) {
    const body = await post(outputs.graphqlUrl, ADD, { sku: line.sku, q: line.quantity }, shopper.headers);
    dataOf(body, `addToCart ${line.sku}`);
  }
}

/** Runs `work` over `items` with at most `parallel` in flight. */
export async function inParallel<T>(items: T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: parallel }, lane));
}

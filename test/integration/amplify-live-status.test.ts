// Live order status through Amplify JS v6 against `npm start`, configured from outputs.local.json the
// way the README tells users to: Amplify derives wss://<graphql host:port>/graphql/realtime by itself,
// and Node trusts the local certificate through NODE_EXTRA_CA_CERTS. The Amplify app is a child
// process (test/support/amplify-subscriber.ts) because Node reads that variable only at start-up.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/cognito-tokens.ts';
import { graphql } from '../support/graphql-client.ts';
import { ROOT, startShopProcess, type ShopProcess } from '../support/shop-process.ts';
import { signUpShopper, type Shopper } from '../support/shop-shoppers.ts';
import { signedGraphql } from '../support/sigv4-client.ts';

const SUBSCRIBER = fileURLToPath(new URL('../support/amplify-subscriber.ts', import.meta.url));
const CHANGED = `subscription($id: ID) {
  onOrderStatusChanged(id: $id) { id status total { amount currency } statusHistory { status note } nextStatuses }
}`;
const PLACED = 'subscription { onOrderPlaced { id total { amount } } }';

interface Line {
  event: 'signedIn' | 'ack' | 'connection' | 'data' | 'error' | 'fatal';
  [key: string]: unknown;
}

let shop: ShopProcess;
let ada: Shopper;
const children: ChildProcess[] = [];

/** Starts the Amplify app as `shopper`, subscribed to `query`, and reads its JSON lines. */
function amplifySubscriber(shopper: Shopper, query: string, variables: Record<string, unknown> = {}) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      SUBSCRIBER,
      shop.outputsFile,
      shopper.email,
      shopper.password,
      query,
      JSON.stringify(variables),
    ],
    {
      cwd: ROOT,
      // Exactly what the README tells users: trust the twin's certificate at process start.
      env: { ...process.env, NODE_EXTRA_CA_CERTS: join(shop.dataDir, 'tls', 'localhost-cert.pem') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  const lines: Line[] = [];
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const parts = stdout.split('\n');
    stdout = parts.pop() ?? '';
    // Amplify's own logging is not ours to parse: keep it with stderr for the failure message.
    for (const part of parts) {
      if (part.startsWith('{')) lines.push(JSON.parse(part) as Line);
      else if (part.trim()) stderr += `${part}\n`;
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const of = (event: Line['event']) => lines.filter((line) => line.event === event);
  const transcript = () => `${lines.map((l) => JSON.stringify(l)).join('\n')}\n${stderr}`;
  /** waits for the first `event` line; on timeout the failure shows everything the child said */
  const until = async (event: Line['event'], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (of(event).length === 0) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`no ${event} from the Amplify app within ${timeoutMs} ms:\n${transcript()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { of, until };
}

const backend = (query: string, variables: Record<string, unknown>) =>
  signedGraphql(shop.outputs.graphqlUrl, shop.outputs.iam, shop.outputs.region, query, variables);

async function placeOrder(shopper: Shopper): Promise<string> {
  const added = await shopper.call('mutation { addToCart(sku: "AMP-1", quantity: 2) { itemCount } }');
  expect(added.body.errors).toBeUndefined();
  const input = {
    shippingAddress: { name: 'A', line1: '1 Main St', city: 'Springfield', country: 'US' },
    idempotencyKey: randomUUID(),
  };
  const out = await shopper.call('mutation($input: CheckoutInput!) { checkout(input: $input) { id } }', { input });
  expect(out.body.errors).toBeUndefined();
  return out.body.data.checkout.id as string;
}

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  const adminToken = (await signIn(shop.outputs, 'admin@example.com')).idToken;
  const admin = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(shop.outputs.graphqlUrl, query, variables, { authorization: adminToken });
  const category = await admin('mutation { createCategory(input: { slug: "amp", name: "Amplify" }) { id } }');
  const product = await admin('mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }', {
    i: {
      slug: 'amplify-lamp',
      name: 'Amplify lamp',
      categoryId: category.body.data.createCategory.id,
      status: 'ACTIVE',
      variants: [{ sku: 'AMP-1', name: 'One', price: { amount: 2500 }, stock: 100 }],
    },
  });
  expect(product.body.errors).toBeUndefined();
  ada = await signUpShopper(shop.outputs, 'ada');
}, 120_000);

afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

afterAll(async () => {
  await shop?.stop();
});

describe('live order status through Amplify JS v6', () => {
  it('the shopper hears the backend move their order with every field they selected', async () => {
    const id = await placeOrder(ada);
    const app = amplifySubscriber(ada, CHANGED, { id });
    await app.until('ack', 30_000);
    expect(app.of('signedIn')).toHaveLength(1);

    // A payment service selecting only { status }: the subscriber still gets all it asked for.
    const moved = await backend(
      'mutation($id: ID!) { updateOrderStatus(id: $id, status: PAID, note: "paid") { status } }',
      { id },
    );
    expect(moved.body).toEqual({ data: { updateOrderStatus: { status: 'PAID' } } });
    await app.until('data', 10_000);
    expect(app.of('data')).toHaveLength(1);
    expect(app.of('data')[0]?.data).toEqual({
      onOrderStatusChanged: {
        id,
        status: 'PAID',
        total: { amount: 5000, currency: 'USD' },
        statusHistory: [
          { status: 'PENDING_PAYMENT', note: null },
          { status: 'PAID', note: 'paid' },
        ],
        nextStatuses: ['FULFILLING', 'CANCELLED', 'REFUNDED'],
      },
    });
    expect(app.of('error').concat(app.of('fatal'))).toEqual([]);
  }, 60_000);

  it("a shopper's onOrderPlaced (admins only) reaches Amplify's error callback as Unauthorized", async () => {
    const app = amplifySubscriber(ada, PLACED);
    await app.until('error', 30_000);
    expect(app.of('error')).toHaveLength(1);
    expect(JSON.stringify(app.of('error')[0]?.error)).toContain('Unauthorized');
    expect(app.of('data')).toEqual([]);
    expect(app.of('fatal')).toEqual([]);
  }, 60_000);
});

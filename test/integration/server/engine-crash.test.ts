// An engine that dies under a running `npm start` is reported at once and comes back on the same
// port and data: a product written before DynamoDB Local was killed is read after it returns, and
// a user signs in with InitiateAuth after cognito-local returns.
import { describe, expect, it } from 'vitest';
import { signIn } from '../../support/cognito-tokens.ts';
import { graphql } from '../../support/graphql-client.ts';
import { startShopProcess, type ShopProcess } from '../../support/shop-process.ts';

const CREATE_CATEGORY = 'mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { id } }';
const CREATE_PRODUCT = 'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }';
const PRODUCT = 'query ($id: ID!) { product(id: $id) { id name variants { sku stock } } }';

/** The pid the "what is where" line gives for an engine, e.g. "DynamoDB Local  http://…  pid 123". */
function pidOf(shop: ShopProcess, label: string): number {
  const match = shop.output().match(new RegExp(`${label}\\s+\\S+\\s+pid (\\d+)`));
  if (!match) throw new Error(`no pid for ${label} in:\n${shop.output()}`);
  return Number(match[1]);
}

async function createProduct(shop: ShopProcess, token: string): Promise<string> {
  const url = shop.outputs.graphqlUrl;
  const auth = { authorization: token };
  const category = await graphql(url, CREATE_CATEGORY, { input: { slug: 'crash', name: 'Crash' } }, auth);
  const variant = { sku: 'SURVIVOR-1', name: 'One', options: [], price: { amount: 500, currency: 'USD' }, stock: 3 };
  const input = {
    slug: 'survivor',
    name: 'Survivor',
    description: 'Written before the crash',
    categoryId: category.body.data.createCategory.id,
    tags: [],
    status: 'ACTIVE',
    variants: [variant],
  };
  const product = await graphql(url, CREATE_PRODUCT, { input }, auth);
  expect(product.body.errors).toBeUndefined();
  return product.body.data.createProduct.id as string;
}

describe('engines that crash under npm start', () => {
  it('reports DynamoDB Local and cognito-local exiting, restarts them, and keeps their data', async () => {
    // '' is not "true": only local/cli.ts itself can keep the AWS SDK's Node version warning out
    const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: '' };
    const shop = await startShopProcess({ args: ['--no-seed'], env });
    try {
      const admin = (await signIn(shop.outputs, 'admin@example.com')).idToken;
      const id = await createProduct(shop, admin);
      const before = await graphql(shop.outputs.graphqlUrl, PRODUCT, { id }, { authorization: admin });
      expect(before.body.data.product).toEqual({ id, name: 'Survivor', variants: [{ sku: 'SURVIVOR-1', stock: 3 }] });

      const ddbPid = pidOf(shop, 'DynamoDB Local');
      process.kill(ddbPid, 'SIGKILL');
      const exit = `DynamoDB Local \\(pid ${ddbPid}\\) exited with signal SIGKILL unexpectedly`;
      const reported = new RegExp(`${exit}\\. Its last output:\\n([\\s\\S]*?)\\nDynamoDB Local: restarting in`);
      const [, lastOutput] = await shop.waitFor(reported);
      expect(lastOutput).toContain('DynamoDB Local listening on 127.0.0.1');
      const [, newDdbPid] = await shop.waitFor(/DynamoDB Local is back \(pid (\d+)\)/);
      expect(Number(newDdbPid)).not.toBe(ddbPid);
      const after = await graphql(shop.outputs.graphqlUrl, PRODUCT, { id }, { authorization: admin });
      expect(after.body).toEqual(before.body);

      const cognitoPid = pidOf(shop, 'Cognito \\(local\\)');
      process.kill(cognitoPid, 'SIGKILL');
      await shop.waitFor(new RegExp(`cognito-local \\(pid ${cognitoPid}\\) exited with signal SIGKILL unexpectedly`));
      await shop.waitFor(/cognito-local is back \(pid \d+\)/);
      const again = (await signIn(shop.outputs, 'admin@example.com')).idToken;
      const withNewToken = await graphql(shop.outputs.graphqlUrl, PRODUCT, { id }, { authorization: again });
      expect(withNewToken.body).toEqual(before.body);

      expect(shop.output()).not.toContain('NodeVersionSupportWarning');
    } finally {
      expect(await shop.stop()).toBe(0);
    }
  }, 240_000);
});

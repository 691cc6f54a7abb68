// `npm run catalog:import -- <products.json | products.ndjson> [--outputs outputs.local.json] [--concurrency 4]`:
// loads a shop's real catalog into a running `npm start` through the API, as the local admin: missing
// categories with `createCategory`, every product with `createProduct` (variants, prices, stock, status).
// The table's stream then indexes them for search exactly as for any write. A product whose slug is
// taken (ConflictError) is skipped, so a run that stopped half-way can simply be run again. docs/search.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { LocalOutputs } from '../local/start/index.ts';

/** One product of the file: the API's CreateProductInput, with the category by slug or by id. */
interface ImportedProduct {
  slug: string;
  name: string;
  description?: string;
  /** a category slug; created (named `categoryName`, or the slug) when the shop has none */
  category?: string;
  categoryName?: string;
  categoryId?: string;
  tags?: string[];
  status?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  variants: Array<{
    sku: string;
    name: string;
    /** minor units, or `{ amount, currency? }` as the API takes it */
    price: number | { amount: number; currency?: string };
    stock?: number;
    options?: Array<{ name: string; value: string }>;
  }>;
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; errorType?: string }>;
}

const CREATE_CATEGORY = 'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id slug } }';
const CREATE_PRODUCT = 'mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }';

/** A JSON array of products, or one product per line (NDJSON). */
export function readProducts(text: string): ImportedProduct[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as ImportedProduct[];
  return trimmed
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as ImportedProduct;
      } catch (err) {
        throw new Error(`line ${i + 1}: ${(err as Error).message}`);
      }
    });
}

async function adminToken(outputs: LocalOutputs): Promise<string> {
  const admin = outputs.users.find((u) => u.groups.includes('admin'));
  if (!admin) throw new Error('outputs.local.json names no admin user');
  const cognito = new CognitoIdentityProviderClient({
    region: outputs.region,
    ...(outputs.cognitoEndpoint ? { endpoint: outputs.cognitoEndpoint } : {}),
    credentials: outputs.iam,
  });
  try {
    const auth = await cognito.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: outputs.userPoolClientId ?? undefined,
        AuthParameters: { USERNAME: admin.email, PASSWORD: admin.password },
      }),
    );
    const token = auth.AuthenticationResult?.IdToken;
    if (!token) throw new Error(`no ID token for ${admin.email}`);
    return token;
  } finally {
    cognito.destroy();
  }
}

function graphql(url: string, token: string) {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer<T>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: token },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLAnswer<T>;
  };
}

type Call = ReturnType<typeof graphql>;

/** Category slug -> id: the shop's categories, plus any the file names that it lacks (created now). */
async function categoryIds(call: Call, products: ImportedProduct[]): Promise<Map<string, string>> {
  const known = await call<{ categories: Array<{ id: string; slug: string }> }>('{ categories { id slug } }', {});
  const ids = new Map((known.data?.categories ?? []).map((c) => [c.slug, c.id]));
  for (const p of products) {
    if (!p.category || ids.has(p.category)) continue;
    const made = await call<{ createCategory: { id: string } }>(CREATE_CATEGORY, {
      i: { slug: p.category, name: p.categoryName ?? p.category },
    });
    if (!made.data?.createCategory) throw new Error(`category ${p.category}: ${JSON.stringify(made.errors)}`);
    ids.set(p.category, made.data.createCategory.id);
  }
  return ids;
}

function productInput(p: ImportedProduct, categories: Map<string, string>): Record<string, unknown> {
  const categoryId = p.categoryId ?? (p.category ? categories.get(p.category) : undefined);
  return {
    slug: p.slug,
    name: p.name,
    ...(p.description !== undefined ? { description: p.description } : {}),
    categoryId,
    ...(p.tags ? { tags: p.tags } : {}),
    status: p.status ?? 'ACTIVE',
    variants: p.variants.map((v) => ({
      sku: v.sku,
      name: v.name,
      price: typeof v.price === 'number' ? { amount: v.price } : v.price,
      ...(v.stock !== undefined ? { stock: v.stock } : {}),
      ...(v.options ? { options: v.options } : {}),
    })),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { outputs: { type: 'string' }, concurrency: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: npm run catalog:import -- <products.json|products.ndjson>');
  const outputsFile = values.outputs ?? join(import.meta.dirname, '..', 'outputs.local.json');
  const outputs = JSON.parse(readFileSync(outputsFile, 'utf8')) as LocalOutputs;
  // the SDK's warning about Node versions it will drop says nothing about the import
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const products = readProducts(readFileSync(file, 'utf8'));
  const call = graphql(outputs.graphqlUrl, await adminToken(outputs));
  const categories = await categoryIds(call, products);
  const counts = { created: 0, skipped: 0, failed: 0 };
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < products.length; i = next++) {
      const p = products[i] as ImportedProduct;
      const answer = await call(CREATE_PRODUCT, { i: productInput(p, categories) });
      const error = answer.errors?.[0];
      if (!error) counts.created++;
      else if (error.errorType === 'ConflictError') counts.skipped++;
      else {
        counts.failed++;
        console.error(`${p.slug}: ${error.errorType ?? 'Error'}: ${error.message}`);
      }
      if ((i + 1) % 1000 === 0) console.log(`  ${i + 1} of ${products.length}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(values.concurrency ?? 4)) }, lane));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${counts.created} created, ${counts.skipped} already there (slug taken), ${counts.failed} failed, ` +
      `in ${seconds.toFixed(1)} s (${(products.length / seconds).toFixed(0)} products/s); ` +
      'the stream indexes them for search within seconds of each write',
  );
  if (counts.failed > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

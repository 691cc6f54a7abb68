// What the payment functions' tests run against, all real and on loopback: the Stripe twin, the
// Secrets Manager twin holding the Stripe secret key and webhook signing secret, and a stand-in for
// AppSync that verifies each request's SigV4 signature (service appsync), records the mutation and
// answers what the test tells it. The functions find them through the environment, as in Lambda.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { vi } from 'vitest';
import { SIGV4_RULES, verifySigV4 } from '../../local/aws/index.ts';
import { startSecretsManager, type RunningSecretsManager } from '../../local/secretsmanager/index.ts';
import {
  generateTestSecretKey,
  generateWebhookSecret,
  startStripeTwin,
  type StripeTwin,
} from '../../local/stripe/index.ts';

export const REGION = 'eu-west-1';
export const KEYS = { accessKeyId: 'AKIDPAYMENTS', secretAccessKey: 'payments-function-secret' };

export interface Mutation {
  query: string;
  variables: Record<string, unknown>;
  /** whether the SigV4 signature verified with the function's keys */
  signed: boolean;
}

/** The stand-in's answer to one mutation: HTTP status and JSON body. */
export type Responder = (mutation: Mutation) => { status?: number; body: object };

export interface PaymentsHarness {
  twin: StripeTwin;
  /** the official client on the twin, as the test's own view of Stripe */
  stripe: Stripe;
  secretKey: string;
  webhookSecret: string;
  mutations: Mutation[];
  respond: Responder;
  /** sets the functions' environment (call again after another test file changed it) */
  setEnv(more?: Record<string, string>): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

async function startAppSyncStandIn(harness: Pick<PaymentsHarness, 'mutations' | 'respond'>): Promise<Server> {
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const [rawPath = '/', rawQuery = ''] = (req.url ?? '/').split('?');
    const verified = await verifySigV4(
      { method: req.method ?? 'POST', rawPath, rawQuery, headers: req.headers, body },
      { ...SIGV4_RULES.appsync, region: REGION, keys: [KEYS] },
    );
    const { query, variables } = JSON.parse(body) as Pick<Mutation, 'query' | 'variables'>;
    const mutation = { query, variables, signed: verified.ok };
    harness.mutations.push(mutation);
    const { status = 200, body: answer } = verified.ok
      ? harness.respond(mutation)
      : { status: 401, body: { errors: [{ errorType: 'UnauthorizedException', message: 'bad signature' }] } };
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export async function startPaymentsHarness(): Promise<PaymentsHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'payments-fn-'));
  const secretKey = generateTestSecretKey();
  const webhookSecret = generateWebhookSecret();
  const twin = await startStripeTwin({ dataDir: join(dataDir, 'stripe'), secretKeys: [secretKey], log: () => {} });
  const secrets: RunningSecretsManager = await startSecretsManager({
    dataDir: join(dataDir, 'secrets'),
    region: REGION,
    accountId: '000000000000',
    keys: [KEYS],
  });
  const stored = await secrets.provision(
    [
      { logicalId: 'StripeSecretKey', tags: [], secretString: `${secretKey}\n` },
      { logicalId: 'StripeWebhookSecret', tags: [], secretString: webhookSecret },
    ],
    'PaymentsTest',
  );
  const harness = {
    twin,
    stripe: new Stripe(secretKey, { ...twin.clientOptions, maxNetworkRetries: 0 }),
    secretKey,
    webhookSecret,
    mutations: [] as Mutation[],
    respond: (() => ({ body: { data: null } })) as Responder,
  } as PaymentsHarness;
  const appsync = await startAppSyncStandIn(harness);
  harness.setEnv = (more = {}) => {
    Object.assign(process.env, {
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
      STRIPE_SECRET_KEY_ARN: stored.get('StripeSecretKey')!.arn,
      STRIPE_WEBHOOK_SECRET_ARN: stored.get('StripeWebhookSecret')!.arn,
      STRIPE_API_URL: twin.url,
      GRAPHQL_URL: `http://127.0.0.1:${(appsync.address() as AddressInfo).port}/graphql`,
      ...more,
    });
    delete process.env.AWS_SESSION_TOKEN;
  };
  harness.setEnv();
  harness.close = async () => {
    appsync.closeAllConnections();
    await new Promise((resolve) => appsync.close(resolve));
    await twin.stop();
    await secrets.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return harness;
}

/** A fresh copy of a function module: each keeps its clients and secrets per container (module). */
export async function freshModule<T>(path: string): Promise<T> {
  vi.resetModules();
  return (await import(path)) as T;
}

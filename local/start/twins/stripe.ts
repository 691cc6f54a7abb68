// The Stripe twin (local/stripe) in npm start. Its test keys are made once and kept in this twin's data
// folder; provisioning writes them into the template's Stripe secrets (tagged `shop:stripe` =
// `secret-key` / `webhook-secret`) through the Secrets Manager API, as a developer runs
// `aws secretsmanager put-secret-value` after signing up at Stripe. Functions reach the twin through
// STRIPE_API_URL (absent in the cloud, where the stripe package calls api.stripe.com).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { generateTestSecretKey, generateWebhookSecret, startStripeTwin, type StripeTwin } from '../../stripe/index.ts';
import { resourcesOfType, type StackArtifact } from '../../stack/index.ts';
import { defineTwin, type TwinContext } from './twin.ts';

export const STRIPE_SECRET_TAG = 'shop:stripe';
export type StripeSecretRole = 'secret-key' | 'webhook-secret';
export interface StripeKeys {
  secretKey: string;
  webhookSecret: string;
}

/** logical id → role, for each secret the template tags as one of the Stripe keys */
export function stripeSecrets(artifact: StackArtifact): Map<string, StripeSecretRole> {
  const out = new Map<string, StripeSecretRole>();
  for (const [id, resource] of resourcesOfType(artifact.template, 'AWS::SecretsManager::Secret')) {
    const tags = (resource.Properties?.Tags ?? []) as Array<{ Key: string; Value: string }>;
    const role = tags.find((t) => t.Key === STRIPE_SECRET_TAG)?.Value;
    if (role === 'secret-key' || role === 'webhook-secret') out.set(id, role);
  }
  return out;
}

async function keysOf(dataDir: string): Promise<StripeKeys> {
  const file = join(dataDir, 'keys.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as StripeKeys;
  const keys = { secretKey: generateTestSecretKey(), webhookSecret: generateWebhookSecret() };
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
  return keys;
}

export function secretsClient(ctx: TwinContext): SecretsManagerClient {
  const endpoint = ctx.upstream.endpoints.secretsmanager;
  if (!endpoint) throw new Error('the Stripe twin needs the Secrets Manager twin');
  return new SecretsManagerClient({ endpoint, region: ctx.region, credentials: ctx.secrets.iam, maxAttempts: 2 });
}

interface Engine {
  twin: StripeTwin;
  keys: StripeKeys;
}

export const stripeTwin = defineTwin<Engine, void>({
  name: 'Stripe',
  needs: ['SecretsManager'],
  needed: (artifact) => stripeSecrets(artifact).size > 0,
  async start(ctx) {
    const keys = await keysOf(ctx.dataDir);
    const twin = await startStripeTwin({ dataDir: ctx.dataDir, secretKeys: [keys.secretKey], log: ctx.log });
    return { twin, keys };
  },
  async provision(ctx, { keys }) {
    const client = secretsClient(ctx);
    try {
      for (const [id, role] of stripeSecrets(ctx.artifact)) {
        const secretId = ctx.upstream.refs[id];
        if (!secretId) throw new Error(`Stripe: the secret ${id} was not created`);
        const value = role === 'secret-key' ? keys.secretKey : keys.webhookSecret;
        // the same value again would only add a version: Secrets Manager keeps the token idempotent
        await client.send(
          new PutSecretValueCommand({ SecretId: secretId, SecretString: value, ClientRequestToken: tokenOf(value) }),
        );
      }
    } finally {
      client.destroy();
    }
  },
  outputs: (_ctx, { twin }) => ({
    endpoints: { stripe: twin.url },
    sdkEnvironment: { STRIPE_API_URL: twin.url },
    where: [`Stripe (twin)   ${twin.url}  hosted page ${twin.url}/c/pay/<session>`],
  }),
  stop: ({ twin }) => twin.stop(),
});

/** A ClientRequestToken (32–64 characters) derived from the value, so a restart adds no version. */
function tokenOf(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 40);
}

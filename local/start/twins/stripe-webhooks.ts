// Points the Stripe twin's events at the stack's webhook: the function URL whose function reads the
// webhook signing secret (STRIPE_WEBHOOK_SECRET_ARN in its environment). The keys come from Secrets
// Manager, where the Stripe twin put them, and the endpoint is registered over the twin's HTTP API as
// `stripe listen --forward-to` would. outputs.local.json gains `stripeWebhookUrl`.
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { functionUrls } from '../../event-sources/index.ts';
import type { StackArtifact } from '../../stack/index.ts';
import { secretsClient, stripeSecrets } from './stripe.ts';
import { defineTwin, type TwinContext } from './twin.ts';

const WEBHOOK_SECRET_VARIABLE = 'STRIPE_WEBHOOK_SECRET_ARN';

/** The logical id of the function URL that serves Stripe's webhook, if the stack has one. */
export function webhookUrlId(artifact: StackArtifact): string | undefined {
  const resources = artifact.template.Resources;
  return functionUrls(artifact.template).find((url) => {
    const variables = resources[url.functionLogicalId]?.Properties?.Environment?.Variables ?? {};
    return WEBHOOK_SECRET_VARIABLE in variables;
  })?.logicalId;
}

async function secretValues(ctx: TwinContext): Promise<{ secretKey: string; webhookSecret: string }> {
  const client = secretsClient(ctx);
  try {
    const values: Record<string, string> = {};
    for (const [id, role] of stripeSecrets(ctx.artifact)) {
      const out = await client.send(new GetSecretValueCommand({ SecretId: ctx.upstream.refs[id] }));
      values[role] = out.SecretString ?? '';
    }
    return { secretKey: values['secret-key'] ?? '', webhookSecret: values['webhook-secret'] ?? '' };
  } finally {
    client.destroy();
  }
}

async function register(ctx: TwinContext): Promise<string> {
  const id = webhookUrlId(ctx.artifact) as string;
  const url = ctx.upstream.attributes[`${id}.FunctionUrl`];
  const stripe = ctx.upstream.endpoints.stripe;
  if (!url || !stripe) throw new Error('Stripe webhooks need the Stripe twin and the webhook function URL');
  const { secretKey, webhookSecret } = await secretValues(ctx);
  const res = await fetch(`${stripe}/_twin/webhook_endpoints`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ url, secret: webhookSecret }).toString(),
  });
  if (!res.ok) throw new Error(`the Stripe twin refused the webhook endpoint ${url}: ${await res.text()}`);
  return url;
}

export const stripeWebhooksTwin = defineTwin<void, string>({
  name: 'StripeWebhooks',
  needs: ['Stripe', 'FunctionUrls', 'SecretsManager'],
  needed: (artifact) => stripeSecrets(artifact).size > 0 && webhookUrlId(artifact) !== undefined,
  start: async () => undefined,
  provision: (ctx) => register(ctx),
  outputs: (_ctx, _engine, url) => ({
    client: { stripeWebhookUrl: url },
    where: [`Stripe webhook  ${url}  (the twin's events, signed with the stack's webhook secret)`],
  }),
  stop: async () => undefined,
});

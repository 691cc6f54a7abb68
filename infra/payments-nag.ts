// The cdk-nag findings the payments construct brings, each accepted for a stated reason (see nag.ts).
import { TRACING_REASON, type NagAcknowledgment } from './nag-shared.ts';

const RUNTIME =
  'Pinned to Node.js 22, the runtime the functions are bundled for (esbuild target node22) and tested on; a ' +
  'moving "latest" runtime would change the code\'s platform on an unrelated deploy (docs/infra.md).';
const NO_ROTATION =
  'A Stripe key cannot be rotated by a Secrets Manager rotation function: Stripe issues keys in its own ' +
  'dashboard (roll the key there, then put-secret-value; docs/payments.md, runbook). Automatic rotation would ' +
  "replace the shop's working key with a random string.";

const FUNCTIONS = ['Payments/Function', 'Payments/Webhook', 'Payments/UnpaidOrders'];

export const PAYMENTS_ACKNOWLEDGMENTS: readonly NagAcknowledgment[] = [
  ...FUNCTIONS.flatMap((fn) => [
    { path: `${fn}/Role/DefaultPolicy/Resource`, id: 'AwsSolutions-IAM5[Resource::*]', reason: TRACING_REASON },
    { path: `${fn}/Resource/Resource`, id: 'AwsSolutions-L1', reason: RUNTIME },
  ]),
  ...['StripeSecretKey', 'StripeWebhookSecret'].map((secret) => ({
    path: `Payments/${secret}/Resource`,
    id: 'AwsSolutions-SMG4',
    reason: NO_ROTATION,
  })),
];

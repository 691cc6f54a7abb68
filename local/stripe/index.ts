// The door to local/stripe: the Stripe twin (README.md): the REST subset the shop uses, the hosted
// payment page, signed webhook events with retries, state persisted under the caller's data directory.
export {
  startStripeTwin,
  STRIPE_API_VERSION,
  type PayResult,
  type StripeTwin,
  type StripeTwinOptions,
} from './twin.ts';
export { generateTestSecretKey, generateWebhookSecret } from './ids.ts';
export { signatureHeader } from './signature.ts';
export { DEFAULT_RETRY_DELAYS_MS, type DeliveryResult, type WebhookEndpoint } from './webhooks.ts';

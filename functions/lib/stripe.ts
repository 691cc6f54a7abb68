// The functions' Stripe client and secrets: the secret key and the webhook signing secret are read
// from Secrets Manager once per cold start (never from the environment, code or logs), and the official
// `stripe` package is pointed at STRIPE_API_URL when set (the local twin), else at api.stripe.com.
// https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import Stripe from 'stripe';

/** An error as the payment functions answer it: a value, typed for the resolver to map to GraphQL. */
export interface PaymentError {
  /** `ValidationError`, `ConflictError`, `NotFound`, or `PaymentServiceError` (Stripe down or misconfigured) */
  type: string;
  message: string;
  /** Stripe's error code when it gave one (e.g. `charge_already_refunded`, `idempotency_error`) */
  code?: string;
}

// Each request waits at most 8 s and is retried twice (stripe-node keeps the idempotency key across
// its own retries), so a call stays inside AppSync's 30 s resolver limit.
const TIMEOUT_MS = 8_000;
const MAX_NETWORK_RETRIES = 2;

let secretsClient: SecretsManagerClient | undefined;
const secretCache = new Map<string, Promise<string>>();

/** The secret named by env `variable` (an ARN), read once per container; a failed read is retried next time. */
export function secretFromEnv(variable: string): Promise<string> {
  const arn = process.env[variable];
  if (!arn) return Promise.reject(new Error(`${variable} must be set`));
  const cached = secretCache.get(arn);
  if (cached) return cached;
  secretsClient ??= new SecretsManagerClient({});
  const read = secretsClient.send(new GetSecretValueCommand({ SecretId: arn })).then((answer) => {
    // Pasted values often end in a newline; Stripe keys and whsec_ secrets never contain whitespace.
    const value = answer.SecretString?.trim();
    if (!value) throw new Error(`the secret in ${variable} has no SecretString`);
    return value;
  });
  secretCache.set(arn, read);
  read.catch(() => secretCache.delete(arn));
  return read;
}

/** Where the client talks: STRIPE_API_URL (e.g. http://127.0.0.1:4242, the twin) or Stripe's default. */
export function stripeConfig(apiUrl = process.env.STRIPE_API_URL): Stripe.StripeConfig {
  const base: Stripe.StripeConfig = { maxNetworkRetries: MAX_NETWORK_RETRIES, timeout: TIMEOUT_MS };
  if (!apiUrl) return base;
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { ...base, host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol };
}

let client: Promise<Stripe> | undefined;

/** The Stripe client, made once per container from the secret key at env STRIPE_SECRET_KEY_ARN. */
export function stripeClient(): Promise<Stripe> {
  client ??= secretFromEnv('STRIPE_SECRET_KEY_ARN').then((key) => new Stripe(key, stripeConfig()));
  client.catch(() => (client = undefined));
  return client;
}

/** The webhook endpoint's signing secret (`whsec_…`) at env STRIPE_WEBHOOK_SECRET_ARN. */
export function webhookSecret(): Promise<string> {
  return secretFromEnv('STRIPE_WEBHOOK_SECRET_ARN');
}

function isStripeError(err: unknown): err is Stripe.errors.StripeError {
  return err instanceof Stripe.errors.StripeError;
}

/** The Stripe error code, if `err` is a Stripe error carrying one. */
export function stripeErrorCode(err: unknown): string | undefined {
  return isStripeError(err) ? err.code : undefined;
}

/** The HTTP status Stripe answered with, if `err` came from an answer. */
export function stripeErrorStatus(err: unknown): number | undefined {
  return isStripeError(err) ? err.statusCode : undefined;
}

/**
 * A thrown Stripe (or network) error as a value. Stripe's own wording is kept for request errors,
 * which never contain secrets; authentication errors echo part of the key, so they get our words.
 * https://docs.stripe.com/api/errors
 */
export function paymentErrorOf(err: unknown): PaymentError {
  if (!isStripeError(err)) {
    return { type: 'PaymentServiceError', message: 'the payment service could not be reached' };
  }
  const code = err.code ?? (err.type === 'StripeIdempotencyError' ? 'idempotency_error' : undefined);
  const withCode = (type: string, message: string): PaymentError => ({ type, message, ...(code ? { code } : {}) });
  // 409: the same idempotency key is still in flight in another request (idempotency_key_in_use).
  if (err.statusCode === 409) return withCode('ConflictError', err.message);
  switch (err.type) {
    case 'StripeIdempotencyError':
      return withCode('ConflictError', err.message);
    case 'StripeInvalidRequestError':
      if (err.statusCode === 404 || code === 'resource_missing') return withCode('NotFound', err.message);
      return withCode('ValidationError', err.message);
    case 'StripeCardError':
      return withCode('ValidationError', err.message);
    case 'StripeAuthenticationError':
    case 'StripePermissionError':
      return withCode('PaymentServiceError', 'the payment service refused the shop’s credentials');
    default:
      return withCode('PaymentServiceError', 'the payment service is unavailable; try again');
  }
}

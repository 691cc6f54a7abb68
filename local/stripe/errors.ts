// Stripe's error bodies, as values: `{ error: { type, code, message, param, doc_url, … } }` with
// the HTTP status stripe-node maps to its error classes (docs.stripe.com/api/errors; stripe-node
// src/Error.ts: 400/404 invalid request, 401 authentication, 402 card, 409 conflict, 5xx api).
import type { Answer } from './operation.ts';

export interface StripeErrorFields {
  type: 'invalid_request_error' | 'card_error' | 'idempotency_error' | 'api_error';
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  payment_intent?: unknown;
}

const DOCS = 'https://stripe.com/docs/error-codes';

export function stripeError(status: number, fields: StripeErrorFields): Answer {
  const error: Record<string, unknown> = { ...fields };
  if (fields.code) error.doc_url = `${DOCS}/${fields.code.replaceAll('_', '-')}`;
  return { status, body: { error } };
}

export function invalidRequest(message: string, param?: string, code?: string): Answer {
  return stripeError(400, { type: 'invalid_request_error', message, param, code });
}

export function missingParam(param: string): Answer {
  return invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing');
}

export function unknownParam(param: string): Answer {
  return invalidRequest(`Received unknown parameter: ${param}`, param, 'parameter_unknown');
}

/** 404 for an id that does not exist (docs.stripe.com/error-codes#resource-missing). */
export function resourceMissing(kind: string, id: string, param = 'id'): Answer {
  return stripeError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param,
    message: `No such ${kind}: '${id}'`,
  });
}

/** Stripe's answer for a URL it does not serve (status 404, no code). */
export function unrecognizedUrl(method: string, path: string): Answer {
  return stripeError(404, {
    type: 'invalid_request_error',
    message:
      `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs ` +
      'or we can help at https://support.stripe.com/. (The Stripe twin serves a subset: local/stripe/README.md.)',
  });
}

export function noApiKey(): Answer {
  return {
    status: 401,
    body: {
      error: {
        type: 'invalid_request_error',
        message:
          'You did not provide an API key. You need to provide your API key in the Authorization header, ' +
          "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). " +
          'See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.',
      },
    },
  };
}

/** Stripe masks all but the last four characters of a wrong key. */
export function invalidApiKey(key: string): Answer {
  const shown = key.length > 12 ? `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}` : '****';
  return {
    status: 401,
    body: { error: { type: 'invalid_request_error', message: `Invalid API Key provided: ${shown}` } },
  };
}

export function apiError(message: string): Answer {
  return stripeError(500, { type: 'api_error', message });
}

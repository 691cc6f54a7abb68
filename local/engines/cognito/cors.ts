// Cognito's CORS, for the operations a browser app calls itself (sign-up, sign-in, the user's own
// profile): any origin may call them, as apps on any domain call Cognito directly. Operations that need
// IAM credentials get no CORS headers, so a page on another origin can never read their answers.
// UNVERIFIED against AWS: the header set the cloud endpoint sends.
import type { IncomingHttpHeaders } from 'node:http';

const EXPOSED = 'x-amzn-requestid, x-amzn-errortype, x-amzn-errormessage, date';
/** What the browser may cache a preflight for, in seconds. */
const MAX_AGE = '600';
const HEADER_LIST = /^[A-Za-z0-9-]+(\s*,\s*[A-Za-z0-9-]+)*$/;

/** Headers for an answer to one of the public operations (and the public JWKS documents). */
export const PUBLIC_CORS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED,
};

/**
 * A preflight cannot say which operation follows (X-Amz-Target's value is not in it), so it is
 * answered for all; what decides is the answer to the request itself, which carries CORS headers only
 * for the public operations.
 */
export function preflightHeaders(request: IncomingHttpHeaders): Record<string, string> {
  const asked = request['access-control-request-headers'];
  const headers: Record<string, string> = {
    ...PUBLIC_CORS,
    'access-control-allow-methods': 'GET, POST',
    'access-control-max-age': MAX_AGE,
  };
  if (typeof asked === 'string' && HEADER_LIST.test(asked)) headers['access-control-allow-headers'] = asked;
  return headers;
}

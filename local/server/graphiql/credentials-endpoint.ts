// POST /graphiql/credentials {as, body} → {headers}: the auth headers GraphiQL's fetcher sends with
// one GraphQL call, so the page never holds a password or an IAM secret. Only this page may ask:
// see `refusal` for the guards against other web origins.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLoopbackHost } from '../../aws/index.ts';
import { MAX_BODY_BYTES, readBody } from '../http/body.ts';
import { resolveIdentity, type GraphiqlOutputs, type Identity } from './identities.ts';
import { CREDENTIALS_HEADER, GRAPHQL_CONTENT_TYPE } from './credentials-protocol.ts';
import { iamHeaders } from './iam-headers.ts';
import { COMMON_HEADERS } from './page.ts';
import { SignInError, type UserTokens } from './user-tokens.ts';

export interface CredentialsEndpointOptions {
  graphqlPath: string;
  outputs: () => GraphiqlOutputs | undefined;
  tokens: UserTokens;
}

type Answer = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };

const refuse = (status: number, errorType: string, message: string, headers?: Record<string, string>): Answer => ({
  status,
  body: { errorType, message },
  ...(headers ? { headers } : {}),
});

export function createCredentialsEndpoint(options: CredentialsEndpointOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    answerRequest(req, options)
      .catch((error: unknown) => refuse(500, 'InternalFailure', (error as Error).message ?? String(error)))
      .then((answer) => send(res, answer))
      .catch(() => res.destroy());
  };
}

async function answerRequest(req: IncomingMessage, options: CredentialsEndpointOptions): Promise<Answer> {
  const refused = refusal(req);
  if (refused) {
    req.resume(); // drain, so the refusal is read rather than lost to a reset
    return refused;
  }
  const read = await readBody(req, 2 * MAX_BODY_BYTES + 4096);
  if (read.kind !== 'body') return refuse(413, 'RequestTooLarge', 'the request is larger than a GraphQL call may be');
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text);
  } catch {
    return refuse(400, 'BadRequest', 'the request body is not JSON');
  }
  const { as, body } = (parsed ?? {}) as { as?: unknown; body?: unknown };
  if (typeof as !== 'string' || typeof body !== 'string') {
    return refuse(400, 'BadRequest', 'send {"as": "<identity>", "body": "<the GraphQL request body, as sent>"}');
  }
  if (Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES) {
    return refuse(413, 'RequestTooLarge', `the GraphQL request is over ${MAX_BODY_BYTES} bytes; /graphql refuses it`);
  }
  const outputs = options.outputs() ?? {};
  const identity = resolveIdentity(outputs, as);
  if (typeof identity === 'string') return refuse(400, 'UnknownIdentity', identity);
  try {
    return { status: 200, body: { headers: await headersFor(identity, outputs, req, options, body) } };
  } catch (error) {
    if (error instanceof SignInError)
      return refuse(error.reason === 'SignInFailed' ? 502 : 503, error.reason, error.message);
    throw error;
  }
}

/**
 * Why another web origin cannot get credentials from here (undefined when the request may go on):
 * - the custom header makes any cross-origin fetch preflighted, and nothing here answers OPTIONS
 *   with CORS headers, so the browser never sends it (Fetch standard, "CORS-safelisted request-header");
 * - `Origin` and `Sec-Fetch-Site`, which pages cannot forge, must say this very origin;
 * - `Host` must be a loopback name, so a DNS-rebound name that resolves to 127.0.0.1 is refused.
 */
function refusal(req: IncomingMessage): Answer | undefined {
  if (req.method !== 'POST') {
    return refuse(405, 'MethodNotAllowed', `${req.method ?? ''} is not allowed; POST {as, body}`, { allow: 'POST' });
  }
  if (req.headers[CREDENTIALS_HEADER] !== '1') {
    return refuse(403, 'Forbidden', `the ${CREDENTIALS_HEADER}: 1 header is missing; only the GraphiQL page asks here`);
  }
  const host = req.headers.host ?? '';
  if (!isLoopbackHost(host)) {
    return refuse(403, 'Forbidden', `Host ${JSON.stringify(host)} is not a loopback name`);
  }
  const scheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `${scheme}://${host}`) {
    return refuse(403, 'Forbidden', `Origin ${origin} is not this server's (${scheme}://${host})`);
  }
  // `same-site` too: another port on 127.0.0.1 (a dev server) is same-site but not this page.
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return refuse(403, 'Forbidden', `Sec-Fetch-Site: ${site} requests are refused; only this origin may ask`);
  }
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json') {
    return refuse(415, 'UnsupportedMediaType', 'send the request as content-type: application/json');
  }
  return undefined;
}

async function headersFor(
  identity: Identity,
  outputs: GraphiqlOutputs,
  req: IncomingMessage,
  options: CredentialsEndpointOptions,
  body: string,
): Promise<Record<string, string>> {
  switch (identity.kind) {
    case 'headers':
      return {};
    case 'api-key':
      return { 'x-api-key': identity.apiKey };
    case 'user': {
      const { cognitoEndpoint, userPoolClientId, region } = outputs;
      if (!cognitoEndpoint || !userPoolClientId || !region) {
        throw new SignInError('CognitoUnavailable', 'the local stack has no Cognito user pool to sign in to');
      }
      const idToken = await options.tokens.idToken({
        endpoint: cognitoEndpoint,
        region,
        clientId: userPoolClientId,
        email: identity.email,
        password: identity.password,
      });
      // AppSync takes the raw JWT, no `Bearer` (AppSync developer guide, AMAZON_COGNITO_USER_POOLS).
      return { authorization: idToken };
    }
    case 'iam':
      // Signed for the host this page was loaded from, where its fetcher POSTs: a page opened at
      // localhost:4000 sends `Host: localhost:4000`, which graphqlUrl's 127.0.0.1 would not match.
      return iamHeaders({
        ...identity,
        host: req.headers.host ?? '',
        path: options.graphqlPath,
        body,
        contentType: GRAPHQL_CONTENT_TYPE,
      });
  }
}

function send(res: ServerResponse, answer: Answer): void {
  const body = Buffer.from(JSON.stringify(answer.body), 'utf8');
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  // Tokens and signatures: never cached, by the browser or anything between.
  res.setHeader('cache-control', 'no-store');
  for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
  res.setHeader('content-length', body.length);
  res.end(body);
}

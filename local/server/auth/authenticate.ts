// Picks the authorization mode of a request the way AppSync does and runs that mode's check.
// Precedence: an `x-api-key` header means API_KEY; else an Authorization header starting with
// "AWS4-HMAC-SHA256" means AWS_IAM; else any other Authorization header is a Cognito user pool JWT.
import { verifyApiKey } from './api-key.ts';
import { verifyCognitoToken } from './cognito-jwt.ts';
import { NO_AUTH_HEADER, unauthorized } from './errors.ts';
import { normalizeHeaders, sourceIpOf } from './request-context.ts';
import { verifySigV4 } from './sigv4.ts';
import type { AuthMode, AuthResult, AuthSettings, HttpAuthRequest, IamIdentity } from './types.ts';

export interface HeaderObjectOptions {
  /** `connect`: the connection's header object; `start`: a subscription's `extensions.authorization`. */
  kind: 'connect' | 'start';
  /** The start message's `payload.data` string (what IAM signs for `start`). */
  data?: string;
  /** The API's GraphQL URL, e.g. "http://127.0.0.1:4000/graphql" (IAM signs `<url>/connect` for `connect`). */
  graphqlUrl: string;
  /** ctx.identity.sourceIp for this WebSocket connection (see sourceIpOf). */
  sourceIp?: string[];
}

export interface Authenticator {
  readonly settings: AuthSettings;
  /** Authenticates an HTTP GraphQL request. */
  authenticate(request: HttpAuthRequest): Promise<AuthResult>;
  /**
   * Authenticates a real-time protocol auth header object (connection `header`, or a start's
   * `extensions.authorization`).
   */
  authenticateHeaderObject(authHeaders: unknown, options: HeaderObjectOptions): Promise<AuthResult>;
}

export function createAuthenticator(settings: AuthSettings): Authenticator {
  const enabled = new Set<AuthMode>([settings.defaultMode, ...settings.additionalModes]);
  const now = settings.now ?? Date.now;

  async function check(
    method: string,
    path: string,
    body: string,
    headers: Record<string, string>,
    sourceIp: string[],
  ): Promise<AuthResult> {
    const apiKey = headers['x-api-key'];
    const authorization = headers.authorization;
    if (apiKey !== undefined) {
      if (!enabled.has('API_KEY')) return unauthorized();
      return verifyApiKey(apiKey, settings.apiKeys, now());
    }
    if (!authorization) return unauthorized(NO_AUTH_HEADER);

    if (authorization.startsWith('AWS4-HMAC-SHA256')) {
      const iam = settings.iam;
      if (!enabled.has('AWS_IAM') || !iam) return unauthorized();
      const verified = await verifySigV4({ method, path, headers, body }, iam, now());
      if (verified.error) return verified.error;
      const identity: IamIdentity = {
        accountId: iam.accountId,
        cognitoIdentityPoolId: null,
        cognitoIdentityId: null,
        sourceIp,
        username: verified.credential.username,
        userArn: verified.credential.userArn,
        cognitoIdentityAuthType: null,
        cognitoIdentityAuthProvider: null,
      };
      return { caller: { mode: 'AWS_IAM', identity, groups: [] } };
    }

    if (!enabled.has('AMAZON_COGNITO_USER_POOLS') || !settings.userPool) return unauthorized();
    return verifyCognitoToken(authorization, settings.userPool, sourceIp, now());
  }

  return {
    settings,
    authenticate(request) {
      const headers = normalizeHeaders(request.headers);
      const sourceIp = Array.isArray(request.sourceIp)
        ? [...request.sourceIp]
        : sourceIpOf(request.headers, request.sourceIp);
      return check(request.method, request.path, request.body, headers, sourceIp);
    },
    async authenticateHeaderObject(authHeaders, options) {
      if (authHeaders === null || typeof authHeaders !== 'object' || Array.isArray(authHeaders))
        return unauthorized(NO_AUTH_HEADER);
      const headers = normalizeHeaders(authHeaders as Record<string, unknown>);
      // Every header object names the GraphQL API's host; IAM signs it.
      if (!headers.host) return unauthorized(NO_AUTH_HEADER);
      const graphqlPath = new URL(options.graphqlUrl).pathname;
      const [path, body] =
        options.kind === 'connect' ? [`${graphqlPath}/connect`, '{}'] : [graphqlPath, options.data ?? ''];
      return check('POST', path, body, headers, options.sourceIp ?? []);
    },
  };
}

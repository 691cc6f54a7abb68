// The seams of the auth module: what the API's auth settings look like, and what authentication
// hands back (a caller with AppSync's ctx.identity, or the HTTP error AppSync would answer with).
import type { AuthMode } from '../../../contracts/index.ts';

export type { AuthMode };

export interface ApiKeySetting {
  key: string;
  /** Epoch seconds, as AppSync's ApiKey.expires. */
  expiresAt: number;
}

export interface UserPoolSetting {
  userPoolId: string;
  /** Exact `iss` of the pool's tokens (cognito-local: `http://127.0.0.1:<port>/<poolId>`). */
  issuer: string;
  jwksUri: string;
  /**
   * AppSync's appIdClientRegex as a list: accepted `aud` (ID token) / `client_id` (access token).
   * Omitted = any client.
   */
  appClientIds?: string[];
  defaultAction: 'ALLOW' | 'DENY';
}

export interface IamCredentialSetting {
  accessKeyId: string;
  secretAccessKey: string;
  /** a temporary credential's token; the stack's local keys have none, so a presented token is refused */
  sessionToken?: string;
  userArn: string;
  username: string;
}

export interface IamSetting {
  region: string;
  accountId: string;
  credentials: IamCredentialSetting[];
}

export interface AuthSettings {
  defaultMode: AuthMode;
  additionalModes: AuthMode[];
  apiKeys: ApiKeySetting[];
  userPool?: UserPoolSetting;
  iam?: IamSetting;
  /** Clock in epoch milliseconds for expiry and clock-skew checks (default `Date.now`). */
  now?: () => number;
}

export interface CognitoIdentity {
  sub: string;
  issuer: string;
  username: string;
  claims: Record<string, unknown>;
  sourceIp: string[];
  defaultAuthStrategy: 'ALLOW' | 'DENY';
  groups: string[] | null;
}

export interface IamIdentity {
  accountId: string;
  cognitoIdentityPoolId: null;
  cognitoIdentityId: null;
  sourceIp: string[];
  username: string;
  userArn: string;
  cognitoIdentityAuthType: null;
  cognitoIdentityAuthProvider: null;
}

/** Exactly what AppSync puts in ctx.identity: null for API keys. */
export type Identity = CognitoIdentity | IamIdentity | null;

export interface AuthenticatedCaller {
  mode: AuthMode;
  identity: Identity;
  /** The Cognito groups (`cognito:groups`), [] for other modes or when absent. */
  groups: string[];
}

export interface AuthErrorBody {
  errors: [{ errorType: string; message: string }];
}

export interface AuthError {
  status: 401 | 403;
  body: AuthErrorBody;
}

export type AuthResult = { caller: AuthenticatedCaller; error?: undefined } | { error: AuthError; caller?: undefined };

export type HeaderBag = Record<string, string | string[] | undefined>;

export interface HttpAuthRequest {
  /** Request headers, keys lower-cased (Node's `req.headers` as is). */
  headers: HeaderBag;
  method: string;
  /** Request target: path plus optional `?query`, e.g. "/graphql". */
  path: string;
  /** The raw body exactly as received (SigV4 signs its bytes). */
  body: string;
  /** The TCP peer address (x-forwarded-for is read from the headers), or a ready ctx.identity.sourceIp list. */
  sourceIp: string | string[];
}

// A local user's Cognito ID token, got the way a client gets it (InitiateAuth, USER_PASSWORD_AUTH)
// and kept until shortly before it expires, so GraphiQL signs in once per user, not once per call.
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { LOCAL_CREDENTIALS } from '../../local-aws.ts';

export interface SignInRequest {
  endpoint: string;
  region: string;
  clientId: string;
  email: string;
  password: string;
}

export interface SignedIn {
  idToken: string;
  /** Seconds the token is valid for, from AuthenticationResult.ExpiresIn. */
  expiresInSeconds: number;
}

/** Why a token could not be had: Cognito did not answer, or answered with a refusal. */
export class SignInError extends Error {
  constructor(
    readonly reason: 'CognitoUnavailable' | 'SignInFailed',
    message: string,
  ) {
    super(message);
  }
}

export interface UserTokensOptions {
  /** Defaults to InitiateAuth against the local Cognito; tests pass their own. */
  signIn?: (request: SignInRequest) => Promise<SignedIn>;
  /** Clock in ms (default Date.now). */
  now?: () => number;
  /** Sign in again this long before expiry, so a token never expires on its way to /graphql. */
  marginMs?: number;
}

export interface UserTokens {
  idToken(request: SignInRequest): Promise<string>;
}

const DEFAULT_MARGIN_MS = 60_000;

export function createUserTokens(options: UserTokensOptions = {}): UserTokens {
  const signIn = options.signIn ?? initiateAuth;
  const now = options.now ?? Date.now;
  const margin = options.marginMs ?? DEFAULT_MARGIN_MS;
  // Keyed by everything that makes a sign-in: a --reset (new pool, new passwords) misses the cache.
  const cache = new Map<string, Promise<{ idToken: string; renewAt: number }>>();

  async function idToken(request: SignInRequest): Promise<string> {
    const key = JSON.stringify([request.endpoint, request.clientId, request.email, request.password]);
    const cached = cache.get(key);
    if (cached) {
      const entry = await cached.catch(() => undefined);
      if (entry && now() < entry.renewAt) return entry.idToken;
      if (cache.get(key) !== cached) return idToken(request); // another call is signing in again already
    }
    const startedAt = now();
    const pending = signIn(request).then((signed) => ({
      idToken: signed.idToken,
      renewAt: startedAt + signed.expiresInSeconds * 1000 - margin,
    }));
    cache.set(key, pending);
    try {
      return (await pending).idToken;
    } catch (error) {
      if (cache.get(key) === pending) cache.delete(key); // a failed sign-in is not remembered
      throw error;
    }
  }
  return { idToken };
}

async function initiateAuth(request: SignInRequest): Promise<SignedIn> {
  const client = new CognitoIdentityProviderClient({
    endpoint: request.endpoint,
    region: request.region,
    credentials: LOCAL_CREDENTIALS,
    // One attempt: a Cognito that is not running should be reported now, not after retries.
    maxAttempts: 1,
  });
  try {
    const result = await client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: request.clientId,
        AuthParameters: { USERNAME: request.email, PASSWORD: request.password },
      }),
    );
    const idToken = result.AuthenticationResult?.IdToken;
    if (!idToken) {
      const challenge = result.ChallengeName ? ` (challenge ${result.ChallengeName})` : '';
      throw new SignInError('SignInFailed', `signing in as ${request.email} gave no ID token${challenge}`);
    }
    return { idToken, expiresInSeconds: result.AuthenticationResult?.ExpiresIn ?? 3600 };
  } catch (error) {
    if (error instanceof SignInError) throw error;
    const err = error as Error & { $metadata?: { httpStatusCode?: number }; code?: string };
    // An SDK error with an HTTP status is Cognito's answer; anything else means nothing answered.
    if (err.$metadata?.httpStatusCode !== undefined) {
      throw new SignInError('SignInFailed', `signing in as ${request.email} failed: ${err.name}: ${err.message}`);
    }
    throw new SignInError(
      'CognitoUnavailable',
      `the local Cognito at ${request.endpoint} is not answering (${err.code ?? err.message}); is npm start running?`,
    );
  } finally {
    client.destroy();
  }
}

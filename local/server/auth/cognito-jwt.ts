// AMAZON_COGNITO_USER_POOLS mode: the Authorization header is a user pool ID or access token,
// verified against the pool's JWKS with jose.
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { EXPIRED_JWT, NOT_AUTHORIZED, UNPARSABLE_JWT, unauthorized } from './errors.ts';
import type { AuthResult, CognitoIdentity, UserPoolSetting } from './types.ts';

// One key set per pool (keyed by JWKS URL), shared by every authenticator in the process.
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySetFor(jwksUri: string): ReturnType<typeof createRemoteJWKSet> {
  let set = keySets.get(jwksUri);
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUri));
    keySets.set(jwksUri, set);
  }
  return set;
}

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
}

/** The app client a token was issued to: `aud` for ID tokens, `client_id` for access tokens. */
function clientOf(payload: JWTPayload): string | undefined {
  if (payload.token_use === 'id') return typeof payload.aud === 'string' ? payload.aud : payload.aud?.[0];
  return typeof payload.client_id === 'string' ? payload.client_id : undefined;
}

export async function verifyCognitoToken(
  token: string,
  pool: UserPoolSetting,
  sourceIp: string[],
  nowMs: number,
): Promise<AuthResult> {
  try {
    decodeProtectedHeader(token);
    decodeJwt(token);
  } catch {
    return unauthorized(UNPARSABLE_JWT);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keySetFor(pool.jwksUri), {
      issuer: pool.issuer,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'sub', 'token_use'],
      currentDate: new Date(nowMs),
    }));
  } catch (err) {
    if (err instanceof errors.JWTExpired) return unauthorized(EXPIRED_JWT);
    // Signature, issuer, algorithm, claim or unknown-kid failures are the caller's problem; a JWKS
    // that cannot be fetched (Cognito twin down) is ours, so it is thrown rather than hidden as a 401.
    if (err instanceof errors.JOSEError && !(err instanceof errors.JWKSTimeout)) return unauthorized(NOT_AUTHORIZED);
    throw err;
  }

  if (payload.token_use !== 'id' && payload.token_use !== 'access') return unauthorized();
  const client = clientOf(payload);
  if (!client || (pool.appClientIds && !pool.appClientIds.includes(client))) return unauthorized();
  const usernameClaim = payload.token_use === 'id' ? payload['cognito:username'] : payload.username;
  if (typeof usernameClaim !== 'string' || typeof payload.sub !== 'string') return unauthorized();

  const groups = stringList(payload['cognito:groups']);
  const identity: CognitoIdentity = {
    sub: payload.sub,
    issuer: payload.iss ?? pool.issuer,
    username: usernameClaim,
    claims: { ...payload },
    sourceIp,
    defaultAuthStrategy: pool.defaultAction,
    groups,
  };
  return { caller: { mode: 'AMAZON_COGNITO_USER_POOLS', identity, groups: groups ?? [] } };
}

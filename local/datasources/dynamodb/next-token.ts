// Pagination tokens: AppSync encrypts LastEvaluatedKey so a token is opaque and only good for the
// resolver that issued it. Here: AES-256-GCM over the key, with the caller, operation, table and
// index as additional authenticated data, so a token replayed elsewhere fails authentication.
//
// Token = base64url( 0x01 | iv[12] | tag[16] | ciphertext ), ciphertext = JSON of the typed key.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { toAttributeMap, toTypedJsonMap, type AttributeMap } from './typed-values.ts';

const VERSION = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface TokenScope {
  callerId: string;
  operation: 'Query' | 'Scan';
  table: string;
  index: string | undefined;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

export interface TokenCodec {
  encode(lastEvaluatedKey: AttributeMap, scope: TokenScope): string;
  /** Throws InvalidTokenError for garbage, tampering, or a token issued under another scope. */
  decode(token: string, scope: TokenScope): AttributeMap;
}

function aad(scope: TokenScope): Buffer {
  return Buffer.from(
    JSON.stringify(['shop-ddb-next-token', scope.callerId, scope.operation, scope.table, scope.index ?? null]),
  );
}

export function createTokenCodec(tokenKey: Uint8Array = randomBytes(32)): TokenCodec {
  if (tokenKey.length !== 32) throw new TypeError(`tokenKey must be 32 bytes (AES-256), got ${tokenKey.length}`);
  const key = Buffer.from(tokenKey);
  return {
    encode(lastEvaluatedKey, scope) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(scope));
      const body = Buffer.concat([cipher.update(JSON.stringify(toTypedJsonMap(lastEvaluatedKey))), cipher.final()]);
      return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    decode(token, scope) {
      const raw = Buffer.from(token, 'base64url');
      if (raw.length <= 1 + IV_BYTES + TAG_BYTES || raw[0] !== VERSION) throw new InvalidTokenError('malformed');
      const iv = raw.subarray(1, 1 + IV_BYTES);
      const tag = raw.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(aad(scope)).setAuthTag(tag);
      let plain: string;
      try {
        plain = Buffer.concat([decipher.update(raw.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new InvalidTokenError('authentication failed');
      }
      return toAttributeMap(JSON.parse(plain), 'nextToken');
    },
  };
}

// The request as the verifier reads it, and what its Authorization header or query claims was signed.
import type { Scope } from './parse.ts';

export interface SigV4Request {
  method: string;
  /** the path exactly as on the wire (still percent-encoded), without the query */
  rawPath: string;
  /** the query string without `?`, as on the wire */
  rawQuery: string;
  /** lower-cased names */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | string;
}

/** What the header or the query says was signed. */
export interface Claimed {
  how: 'header' | 'query';
  scope: Scope;
  signedHeaders: string[];
  signature: string;
  amzDate: string | undefined;
  query: Record<string, string | string[]>;
  /** the session token presented, if any */
  token: string | undefined;
}

export const headerOf = (headers: SigV4Request['headers'], name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
};

// The one SigV4 verifier, with every service's rules, against requests signed by @smithy/signature-v4
// as the AWS SDKs sign them: accepted as signed, refused when a security-relevant header is added
// after signing, when a token is not the key's, when the time is off, and (S3) presigned.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { SIGV4_RULES, verifySigV4, type SigV4Request, type SigV4Rules } from '../index.ts';

const KEY = { accessKeyId: 'AKIALOCALTEST0000001', secretAccessKey: 'local-secret' };
const REGION = 'us-east-1';
const HOST = '127.0.0.1:4000';

interface Signing {
  rules: SigV4Rules;
  path?: string;
  body?: string;
  sessionToken?: string;
  signingDate?: Date;
  headers?: Record<string, string>;
}

async function signed(s: Signing): Promise<SigV4Request> {
  const s3 = s.rules.service === 's3';
  const signer = new SignatureV4({
    service: s.rules.service,
    region: REGION,
    credentials: { ...KEY, sessionToken: s.sessionToken },
    sha256: Sha256,
    applyChecksum: s3,
    uriEscapePath: !s3,
  });
  const path = s.path ?? '/graphql';
  const body = s.body ?? '{"query":"{ a }"}';
  const request = await signer.sign(
    { method: 'POST', protocol: 'http:', hostname: '127.0.0.1', path, headers: { host: HOST, ...s.headers }, body },
    { signingDate: s.signingDate ?? new Date() },
  );
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: 'POST', rawPath: path, rawQuery: '', headers, body };
}

const verify = (rules: SigV4Rules, request: SigV4Request, keys: object[] = [KEY]) =>
  verifySigV4(request, { ...rules, region: REGION, keys: keys as (typeof KEY)[] });

describe.each(Object.entries(SIGV4_RULES))('SigV4 with the %s rules', (_name, rules) => {
  it('accepts a request signed with the key, and reports which key', async () => {
    const result = await verify(rules, await signed({ rules }));
    expect(result).toMatchObject({ ok: true, accessKeyId: KEY.accessKeyId, how: 'header' });
  });

  it('refuses an x-amz-security-token added after signing (not in SignedHeaders)', async () => {
    const request = await signed({ rules });
    request.headers['x-amz-security-token'] = 'FQoGZXIvYXdzEXAMPLE';
    expect(await verify(rules, request)).toMatchObject({
      ok: false,
      code: 'HeadersNotSigned',
      headers: ['x-amz-security-token'],
    });
  });

  it('refuses a signed session token the key does not carry, and a key whose token is not sent', async () => {
    const forged = await signed({ rules, sessionToken: 'FQoGZXIvYXdzEXAMPLE' });
    expect(await verify(rules, forged)).toMatchObject({ ok: false, code: 'InvalidSecurityToken' });
    const temporary = { ...KEY, sessionToken: 'FQoGZXIvYXdzEXAMPLE' };
    expect(await verify(rules, await signed({ rules }), [temporary])).toMatchObject({
      ok: false,
      code: 'InvalidSecurityToken',
    });
    expect(await verify(rules, forged, [temporary])).toMatchObject({ ok: true });
  });

  it('refuses an unsigned Host, a changed body, another key, a stale date', async () => {
    const noHost = await signed({ rules });
    noHost.headers.authorization = String(noHost.headers.authorization).replace(
      'SignedHeaders=host;',
      'SignedHeaders=',
    );
    expect(await verify(rules, noHost)).toMatchObject({ ok: false, code: 'HeadersNotSigned', headers: ['host'] });
    const tampered = { ...(await signed({ rules })), body: '{"query":"{ b }"}' };
    expect(await verify(rules, tampered)).toMatchObject({ ok: false });
    const other = await verify(rules, await signed({ rules }), [{ ...KEY, accessKeyId: 'AKIAOTHER' }]);
    expect(other).toMatchObject({ ok: false, code: 'UnknownAccessKey' });
    const stale = await signed({ rules, signingDate: new Date(Date.now() - rules.maxSkewMs - 60_000) });
    expect(await verify(rules, stale)).toMatchObject({ ok: false, code: 'SignatureExpired' });
  });
});

describe('paths', () => {
  it('S3 signs the path as sent (no normalising): a `..` segment is part of the key', async () => {
    const rules = SIGV4_RULES.s3;
    const request = await signed({ rules, path: '/bucket/a/../b%20c.txt' });
    expect(await verify(rules, request)).toMatchObject({ ok: true });
    expect(await verify(rules, { ...request, rawPath: '/bucket/b%20c.txt' })).toMatchObject({
      ok: false,
      code: 'SignatureMismatch',
    });
  });

  it('the other services encode the path again', async () => {
    const rules = SIGV4_RULES['cognito-idp'];
    expect(await verify(rules, await signed({ rules, path: '/a%20b' }))).toMatchObject({ ok: true });
  });
});

describe('S3 presigned URLs', () => {
  async function presigned(expiresIn: number, signingDate = new Date()): Promise<SigV4Request> {
    const signer = new SignatureV4({
      service: 's3',
      region: REGION,
      credentials: KEY,
      sha256: Sha256,
      uriEscapePath: false,
    });
    // as @aws-sdk/s3-request-presigner does: the payload is UNSIGNED-PAYLOAD, not hoisted into the query
    const unsigned = new Set(['x-amz-content-sha256']);
    const url = await signer.presign(
      {
        method: 'GET',
        protocol: 'http:',
        hostname: '127.0.0.1',
        path: '/bucket/k.txt',
        headers: { host: HOST, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      },
      { expiresIn, signingDate, unsignableHeaders: unsigned, unhoistableHeaders: unsigned },
    );
    const rawQuery = Object.entries(url.query ?? {})
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join('&');
    return { method: 'GET', rawPath: '/bucket/k.txt', rawQuery, headers: { host: HOST }, body: '' };
  }

  it('accepts a fresh one, refuses an expired one and one carrying an unsigned x-amz-* header', async () => {
    const rules = SIGV4_RULES.s3;
    expect(await verify(rules, await presigned(60))).toMatchObject({
      ok: true,
      how: 'query',
      payload: 'UNSIGNED-PAYLOAD',
    });
    const old = await presigned(60, new Date(Date.now() - 120_000));
    expect(await verify(rules, old)).toMatchObject({ ok: false, code: 'PresignExpired' });
    const extra = await presigned(60);
    extra.headers['x-amz-security-token'] = 'FQoGZXIvYXdzEXAMPLE';
    expect(await verify(rules, extra)).toMatchObject({ ok: false, code: 'HeadersNotSigned' });
  });

  it('is refused by the services that take no presigned URLs', async () => {
    const request = await presigned(60);
    expect(await verify(SIGV4_RULES.appsync, request)).toMatchObject({ ok: false, code: 'NoAuthorization' });
  });
});

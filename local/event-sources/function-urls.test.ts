// A function URL on loopback in front of a real in-process Lambda runner: the request as Lambda's
// payload 2.0 event (raw body byte for byte), the function's answer as the HTTP response.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLambdaRunner, type LambdaRunner } from '../datasources/index.ts';
import type { Template } from '../stack/index.ts';
import { startFunctionUrl, type RunningFunctionUrl } from './function-url-server.ts';
import { functionUrls } from './function-urls.ts';

const HANDLER = `
export const handler = async (event) => {
  if (event.rawPath === '/echo') return { statusCode: 201, headers: { 'x-seen': 'yes' }, body: JSON.stringify(event) };
  if (event.rawPath === '/plain') return { ok: true };
  if (event.rawPath === '/binary') return { statusCode: 200, headers: { 'content-type': 'image/png' },
    body: Buffer.from([137, 80, 78, 71]).toString('base64'), isBase64Encoded: true };
  throw new Error('no route ' + event.rawPath);
};`;

const template: Template = {
  Resources: {
    Webhook: { Type: 'AWS::Lambda::Function', Properties: {} },
    WebhookUrl: {
      Type: 'AWS::Lambda::Url',
      Properties: {
        AuthType: 'NONE',
        TargetFunctionArn: { 'Fn::GetAtt': ['Webhook', 'Arn'] },
        Cors: { AllowOrigins: ['http://shop.test'], AllowMethods: ['POST'], AllowHeaders: ['Stripe-Signature'] },
      },
    },
  },
};

let runner: LambdaRunner;
let url: RunningFunctionUrl;
const logged: string[] = [];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'fn-url-'));
  await writeFile(join(dir, 'index.mjs'), HANDLER);
  runner = createLambdaRunner({
    functionName: 'webhook',
    file: join(dir, 'index.mjs'),
    exportName: 'handler',
    environment: {},
    timeoutMs: 3000,
  });
  const [config] = functionUrls(template);
  url = await startFunctionUrl({
    config: config!,
    invoke: (e) => runner.invoke(e),
    accountId: '0',
    log: (l) => logged.push(l),
  });
});

afterAll(async () => {
  await url?.stop();
  await runner?.stop();
});

describe('function URL', () => {
  it('reads the template: the target function, auth type and CORS; refuses what it cannot emulate', () => {
    expect(functionUrls(template)).toEqual([
      {
        logicalId: 'WebhookUrl',
        functionLogicalId: 'Webhook',
        authType: 'NONE',
        cors: {
          allowOrigins: ['http://shop.test'],
          allowMethods: ['POST'],
          allowHeaders: ['stripe-signature'],
          exposeHeaders: [],
          allowCredentials: false,
        },
      },
    ]);
    const iam = structuredClone(template);
    iam.Resources.WebhookUrl!.Properties!.AuthType = 'AWS_IAM';
    expect(() => functionUrls(iam)).toThrow(/WebhookUrl: AuthType AWS_IAM is not emulated/);
  });

  it('listens on loopback and hands the function the raw body and request as a payload 2.0 event', async () => {
    expect(url.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const raw = '{"id":"evt_1",  "amount": 1190}\n';
    const res = await fetch(`${url.url}echo?a=1&a=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=abc' },
      body: raw,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-seen')).toBe('yes');
    const event = (await res.json()) as { headers: Record<string, string> };
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/echo',
      rawQueryString: 'a=1&a=2',
      queryStringParameters: { a: '1,2' },
      body: raw,
      isBase64Encoded: false,
      requestContext: { http: { method: 'POST', path: '/echo' } },
    });
    expect(event.headers['stripe-signature']).toBe('t=1,v1=abc');
  });

  it('base64-encodes binary bodies both ways, and answers plain results as JSON', async () => {
    const echoed = await fetch(`${url.url}echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([0, 255, 1]),
    });
    expect(await echoed.json()).toMatchObject({ body: 'AP8B', isBase64Encoded: true });
    const plain = await fetch(`${url.url}plain`);
    expect([plain.status, plain.headers.get('content-type'), await plain.json()]).toEqual([
      200,
      'application/json',
      { ok: true },
    ]);
    const png = await fetch(`${url.url}binary`);
    expect([...new Uint8Array(await png.arrayBuffer())]).toEqual([137, 80, 78, 71]);
  });

  it('answers 502 when the function throws, and logs it', async () => {
    const res = await fetch(`${url.url}nope`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(502);
    expect(logged.some((l) => l.includes('POST /nope → 502') && l.includes('no route /nope'))).toBe(true);
  });

  it('answers CORS preflights for allowed origins only, and refuses bodies over 6 MB', async () => {
    const preflight = (origin: string) =>
      fetch(`${url.url}echo`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const allowed = await preflight('http://shop.test');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://shop.test');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('stripe-signature');
    expect((await preflight('http://evil.test')).headers.get('access-control-allow-origin')).toBeNull();
    const big = await fetch(`${url.url}echo`, { method: 'POST', body: 'x'.repeat(6 * 1024 * 1024 + 1) });
    expect(big.status).toBe(413);
  });
});

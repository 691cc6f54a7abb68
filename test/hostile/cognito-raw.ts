// Raw HTTP to the local Cognito for the hostile tests: any Host header, any X-Amz-Target, no SDK
// (fetch would refuse to set Host, and the SDK signs every non-public operation).
import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json(): any;
}

export interface RawRequest {
  method?: string;
  path?: string;
  /** an operation name, sent as `AWSCognitoIdentityProviderService.<name>`; or a whole header value */
  target?: string;
  body?: unknown;
  headers?: Record<string, string | string[]>;
}

export function raw(endpoint: string, req: RawRequest): Promise<RawAnswer> {
  const target =
    req.target === undefined || req.target.includes('.') || req.target.includes(',')
      ? req.target
      : `AWSCognitoIdentityProviderService.${req.target}`;
  const payload = req.body === undefined ? '' : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  const headers: Record<string, string | string[]> = {
    'content-type': 'application/x-amz-json-1.1',
    ...(target === undefined ? {} : { 'x-amz-target': target }),
    ...req.headers,
  };
  return new Promise((resolve, reject) => {
    const out = request(
      new URL(req.path ?? '/', endpoint),
      { method: req.method ?? 'POST', headers, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
        });
        res.on('error', reject);
      },
    );
    out.on('error', reject);
    out.end(req.method === 'GET' || req.method === 'OPTIONS' ? undefined : payload);
  });
}

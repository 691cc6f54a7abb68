// Browser POST uploads as S3 checks them: the policy's SigV4 signature, its expiration, every
// condition, and that every form field is covered by one
// (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html,
// https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-post-example.html).
import { createHmac } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { getSigningKey } from '@smithy/signature-v4';
import { sameText } from '../aws/index.ts';
import { ACCESS_DENIED, s3Error, signatureMismatch, unknownAccessKey, type S3Error } from './errors.ts';
import type { S3Identity } from './sigv4.ts';

export interface PostForm {
  /** form fields by lower-cased name (S3 reads field names case-insensitively), without the file */
  fields: Map<string, string>;
  file: { size: number; name: string } | undefined;
}

export interface AcceptedPost {
  key: string;
  /** the stored object's headers taken from the form (Content-Type, Cache-Control, x-amz-meta-*, …) */
  objectHeaders: Record<string, string>;
  /** the `tagging` field's XML, stored as the object's tags */
  tagging?: string;
  status: 200 | 201 | 204;
  /** fields S3 answers with but does not store */
  redirect?: string;
}

type Condition = Record<string, unknown> | unknown[];

/** Fields that need no condition: S3's own list plus the x-ignore- prefix. */
const UNCOVERED = new Set(['file', 'policy', 'x-amz-signature']);
/** Form fields stored as the object's headers. */
const OBJECT_HEADERS = ['content-type', 'cache-control', 'content-disposition', 'content-encoding', 'expires'];

const policyRefused = (why: string) => s3Error(403, 'AccessDenied', `Invalid according to Policy: ${why}`);
const missingField = (name: string) =>
  s3Error(
    400,
    'InvalidArgument',
    `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`,
    {
      ArgumentName: name,
      ArgumentValue: '',
    },
  );

/** The condition as S3 quotes it in "Policy Condition failed: [...]". UNVERIFIED against AWS: exact spacing. */
const quote = (parts: unknown[]) => `[${parts.map((p) => JSON.stringify(p)).join(', ')}]`;

async function checkSignature(
  form: PostForm,
  policy: string,
  identity: S3Identity,
  region: string,
): Promise<S3Error | undefined> {
  const f = form.fields;
  if (f.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256')
    return f.has('x-amz-algorithm')
      ? s3Error(400, 'InvalidArgument', 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"')
      : missingField('X-Amz-Algorithm');
  for (const name of ['X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Signature'])
    if (!f.has(name.toLowerCase())) return missingField(name);
  const [accessKeyId = '', date = '', scopeRegion, service, terminator] = f.get('x-amz-credential')!.split('/');
  if (accessKeyId !== identity.accessKeyId) return unknownAccessKey(accessKeyId);
  // The local identity is a long-term key: a session token in the form cannot be its own.
  if (f.has('x-amz-security-token'))
    return s3Error(400, 'InvalidToken', 'The provided token is malformed or otherwise invalid.');
  if (scopeRegion !== region || service !== 's3' || terminator !== 'aws4_request' || !/^\d{8}$/.test(date))
    return s3Error(
      400,
      'AuthorizationQueryParametersError',
      `Error parsing the X-Amz-Credential parameter; the region '${scopeRegion}' is wrong; expecting '${region}'`,
      {
        Region: region,
      },
    );
  const key = await getSigningKey(Sha256, identity, date, region, 's3');
  const expected = createHmac('sha256', key).update(policy, 'utf8').digest('hex');
  const provided = f.get('x-amz-signature')!;
  return sameText(expected, provided) ? undefined : signatureMismatch(accessKeyId, { SignatureProvided: provided });
}

function parsePolicy(policy: string): { expiration: Date; conditions: Condition[] } | S3Error {
  let document: { expiration?: unknown; conditions?: unknown };
  try {
    document = JSON.parse(Buffer.from(policy, 'base64').toString('utf8')) as typeof document;
  } catch {
    return s3Error(400, 'InvalidPolicyDocument', 'Invalid Policy: Invalid JSON.');
  }
  if (typeof document?.expiration !== 'string')
    return s3Error(400, 'InvalidPolicyDocument', 'Invalid Policy: Policy missing expiration.');
  const expiration = new Date(document.expiration);
  if (Number.isNaN(expiration.getTime()))
    return s3Error(400, 'InvalidPolicyDocument', "Invalid Policy: Invalid 'expiration' value.");
  if (!Array.isArray(document.conditions))
    return s3Error(400, 'InvalidPolicyDocument', 'Invalid Policy: Policy missing conditions.');
  return { expiration, conditions: document.conditions as Condition[] };
}

interface Checked {
  covered: Set<string>;
  range?: [number, number];
}

/** Checks each condition against the form (a field the form lacks reads as ""), noting the fields it covers. */
function checkConditions(conditions: Condition[], value: (name: string) => string): Checked | S3Error {
  const covered = new Set<string>();
  let range: [number, number] | undefined;
  for (const condition of conditions) {
    let [op, field, expected]: unknown[] = [];
    if (Array.isArray(condition)) [op, field, expected] = condition;
    else if (condition && typeof condition === 'object' && Object.keys(condition).length === 1) {
      const [name, v] = Object.entries(condition)[0]!;
      [op, field, expected] = ['eq', `$${name}`, v];
    } else return s3Error(400, 'InvalidPolicyDocument', 'Invalid Policy: Invalid Condition.');
    const operator = String(op).toLowerCase();
    if (operator === 'content-length-range') {
      const [min, max] = [Number(field), Number(expected)];
      if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min)
        return s3Error(400, 'InvalidPolicyDocument', 'Invalid Policy: Invalid content-length-range.');
      range = [min, max];
      continue;
    }
    if (typeof field !== 'string' || !field.startsWith('$') || typeof expected !== 'string')
      return s3Error(
        400,
        'InvalidPolicyDocument',
        `Invalid Policy: Invalid Condition: ${quote(condition as unknown[])}`,
      );
    const name = field.slice(1).toLowerCase();
    const actual = value(name);
    const failed = () => policyRefused(`Policy Condition failed: ${quote([operator, field, expected])}`);
    if (operator === 'eq') {
      if (actual !== expected) return failed();
    } else if (operator === 'starts-with') {
      // Content-Type may list several types separated by commas; each must start with the prefix.
      const values = name === 'content-type' ? actual.split(',').map((v) => v.trim()) : [actual];
      if (!values.every((v) => v.startsWith(expected))) return failed();
    } else {
      return s3Error(
        400,
        'InvalidPolicyDocument',
        `Invalid Policy: Invalid Condition: unknown operation '${String(op)}'.`,
      );
    }
    covered.add(name);
  }
  return { covered, ...(range ? { range } : {}) };
}

/** Verifies a POST upload to `bucket`; the answer is what to store, or S3's error. */
export async function verifyPost(
  bucket: string,
  form: PostForm,
  identity: S3Identity,
  region: string,
  nowMs = Date.now(),
): Promise<AcceptedPost | S3Error> {
  const f = form.fields;
  const policy = f.get('policy');
  // No policy is an anonymous upload, which a private bucket refuses.
  if (policy === undefined) return f.has('x-amz-signature') ? missingField('Policy') : ACCESS_DENIED;
  const signatureError = await checkSignature(form, policy, identity, region);
  if (signatureError) return signatureError;
  if (!f.has('key')) return missingField('key');
  if (!form.file)
    return s3Error(400, 'InvalidArgument', 'POST requires exactly one file upload per request.', {
      ArgumentName: 'file',
      ArgumentValue: 0,
    });
  const parsed = parsePolicy(policy);
  if ('code' in parsed) return parsed;
  if (nowMs > parsed.expiration.getTime()) return policyRefused('Policy expired.');
  // ${filename} in the key is the uploaded file's name (RESTObjectPOST).
  const key = f.get('key')!.split('${filename}').join(form.file.name);
  const value = (name: string) => (name === 'bucket' ? bucket : name === 'key' ? key : (f.get(name) ?? ''));
  const checked = checkConditions(parsed.conditions, value);
  if ('code' in checked) return checked;
  const extra = [...f.keys()].filter((n) => !UNCOVERED.has(n) && !n.startsWith('x-ignore-') && !checked.covered.has(n));
  if (extra.length > 0) return policyRefused(`Extra input fields: ${extra.join(', ')}`);
  if (checked.range) {
    const [min, max] = checked.range;
    if (form.file.size > max)
      return s3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
        ProposedSize: form.file.size,
        MaxSizeAllowed: max,
      });
    if (form.file.size < min)
      return s3Error(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', {
        ProposedSize: form.file.size,
        MinSizeAllowed: min,
      });
  }
  const objectHeaders: Record<string, string> = {};
  for (const [name, v] of f)
    if (OBJECT_HEADERS.includes(name) || name.startsWith('x-amz-meta-')) objectHeaders[name] = v;
  const asked = Number(f.get('success_action_status'));
  const status = asked === 200 || asked === 201 ? asked : 204;
  const tagging = f.get('tagging');
  const redirect = f.get('success_action_redirect');
  return { key, objectHeaders, status, ...(tagging ? { tagging } : {}), ...(redirect ? { redirect } : {}) };
}

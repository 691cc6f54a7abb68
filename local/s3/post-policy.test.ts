// POST policy rules that the end-to-end upload test does not reach: starts-with (and Content-Type's
// comma list), ${filename}, x-ignore- fields, success_action_status, and the policy's own shape.
import { createHmac } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { getSigningKey } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { verifyPost, type PostForm } from './post-policy.ts';

const identity = { accessKeyId: 'AKIALOCALUNIT', secretAccessKey: 'unit-secret' };
const region = 'us-east-1';
const date = '20260102';

async function form(conditions: unknown[], fields: Record<string, string>, file = { size: 10, name: 'a.png' }) {
  const policy = Buffer.from(JSON.stringify({ expiration: '2026-01-02T01:00:00Z', conditions })).toString('base64');
  const key = await getSigningKey(Sha256, identity, date, region, 's3');
  const all: Record<string, string> = {
    'x-amz-algorithm': 'AWS4-HMAC-SHA256',
    'x-amz-credential': `${identity.accessKeyId}/${date}/${region}/s3/aws4_request`,
    'x-amz-date': `${date}T000000Z`,
    policy,
    'x-amz-signature': createHmac('sha256', key).update(policy).digest('hex'),
    ...fields,
  };
  return { fields: new Map(Object.entries(all)), file } satisfies PostForm;
}

const signed = [
  { 'x-amz-algorithm': 'AWS4-HMAC-SHA256' },
  { 'x-amz-credential': `${identity.accessKeyId}/${date}/${region}/s3/aws4_request` },
  { 'x-amz-date': `${date}T000000Z` },
];
const now = Date.parse('2026-01-02T00:30:00Z');
const check = async (conditions: unknown[], fields: Record<string, string>, file?: { size: number; name: string }) =>
  verifyPost('shop-images', await form([...signed, ...conditions], fields, file), identity, region, now);

describe('verifyPost', () => {
  it('accepts starts-with on the key, ${filename}, ignored fields and a 201 status', async () => {
    const accepted = await check(
      [{ bucket: 'shop-images' }, ['starts-with', '$key', 'uploads/'], ['eq', '$success_action_status', '201']],
      { key: 'uploads/${filename}', 'x-ignore-trace': 'anything', success_action_status: '201' },
    );
    expect(accepted).toMatchObject({ key: 'uploads/a.png', status: 201 });
  });

  it('reads starts-with on Content-Type over each listed type', async () => {
    const conditions = [{ key: 'k' }, ['starts-with', '$Content-Type', 'image/']];
    expect(await check(conditions, { key: 'k', 'content-type': 'image/png, image/webp' })).toMatchObject({
      objectHeaders: { 'content-type': 'image/png, image/webp' },
    });
    expect(await check(conditions, { key: 'k', 'content-type': 'image/png, text/html' })).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: 'Invalid according to Policy: Policy Condition failed: ["starts-with", "$Content-Type", "image/"]',
    });
  });

  it('refuses another bucket, a changed tagging field and a condition on a field the form lacks', async () => {
    const tagging = '<Tagging><TagSet><Tag><Key>a</Key><Value>1</Value></Tag></TagSet></Tagging>';
    expect(await check([{ bucket: 'other' }, { key: 'k' }], { key: 'k' })).toMatchObject({ code: 'AccessDenied' });
    expect(await check([{ key: 'k' }, { tagging }], { key: 'k', tagging: tagging.replace('1', '2') })).toMatchObject({
      code: 'AccessDenied',
    });
    expect(await check([{ key: 'k' }, { tagging }], { key: 'k', tagging })).toMatchObject({ tagging });
    expect(await check([{ key: 'k' }, ['eq', '$x-amz-meta-owner', 'me']], { key: 'k' })).toMatchObject({
      code: 'AccessDenied',
    });
  });

  it('refuses a malformed policy, a missing key and a form without a policy', async () => {
    const bad = await form([], { key: 'k' });
    bad.fields.set('policy', Buffer.from('{not json').toString('base64'));
    expect(await verifyPost('shop-images', bad, identity, region, now)).toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
    expect(await check([], {})).toMatchObject({ status: 400, code: 'InvalidArgument' });
    const anonymous = { fields: new Map([['key', 'k']]), file: { size: 1, name: 'a' } };
    expect(await verifyPost('shop-images', anonymous, identity, region, now)).toMatchObject({
      status: 403,
      code: 'AccessDenied',
    });
  });
});

// The Secrets Manager twin through the AWS SDK, as a function reads its secrets: SigV4 with the local
// keys, the template's secrets created once with their first value, new values kept across restarts.
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { afterEach, describe, expect, it } from 'vitest';
import { createResolver, type Template } from '../stack/index.ts';
import { secretDeclarations, startSecretsManager, type RunningSecretsManager } from './index.ts';

const KEY = { accessKeyId: 'AKIALOCALTEST', secretAccessKey: 'local-secret' };
const template: Template = {
  Resources: {
    StripeSecretKey: {
      Type: 'AWS::SecretsManager::Secret',
      Properties: {
        Description: 'Stripe secret key',
        GenerateSecretString: { PasswordLength: 40, ExcludePunctuation: true },
        Tags: [{ Key: 'shop:stripe', Value: 'secret-key' }],
      },
    },
    Named: { Type: 'AWS::SecretsManager::Secret', Properties: { Name: 'shop/config', SecretString: '{"a":1}' } },
  },
};
const values = { refs: {}, attributes: {}, parameters: {}, region: 'us-east-1', accountId: '0', stackName: 'S' };
const declared = secretDeclarations(template, createResolver(template, values));

const running: RunningSecretsManager[] = [];
afterEach(async () => void (await Promise.all(running.splice(0).map((r) => r.stop()))));

async function start(dataDir: string) {
  const twin = await startSecretsManager({ dataDir, region: 'us-east-1', accountId: '000000000000', keys: [KEY] });
  running.push(twin);
  const client = (credentials = KEY) =>
    new SecretsManagerClient({ endpoint: twin.url, region: 'us-east-1', credentials, maxAttempts: 1 });
  return { twin, client };
}

describe('Secrets Manager twin', () => {
  it('creates the template’s secrets once, answers GetSecretValue, and keeps new values across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'secrets-'));
    const { twin, client } = await start(dataDir);
    const secrets = await twin.provision(declared, 'ShopStack');
    const key = secrets.get('StripeSecretKey')!;
    expect(key.arn).toMatch(/^arn:aws:secretsmanager:us-east-1:000000000000:secret:StripeSecretKey-ShopStack-\w{6}$/);
    const first = await client().send(new GetSecretValueCommand({ SecretId: key.arn }));
    expect(first.SecretString).toMatch(/^[A-Za-z0-9]{40}$/);
    const named = await client().send(new GetSecretValueCommand({ SecretId: 'shop/config' }));
    expect(named.SecretString).toBe('{"a":1}');

    await client().send(new PutSecretValueCommand({ SecretId: key.name, SecretString: 'sk_test_123' }));
    const described = await client().send(new DescribeSecretCommand({ SecretId: key.name }));
    expect(described.Tags).toEqual([{ Key: 'shop:stripe', Value: 'secret-key' }]);
    expect(Object.values(described.VersionIdsToStages ?? {}).sort()).toEqual([['AWSCURRENT'], ['AWSPREVIOUS']]);
    const previous = await client().send(new GetSecretValueCommand({ SecretId: key.arn, VersionStage: 'AWSPREVIOUS' }));
    expect(previous.SecretString).toBe(first.SecretString);
    expect((await stat(join(dataDir, 'secrets.json'))).mode & 0o777).toBe(0o600);

    await twin.stop();
    const again = await start(dataDir);
    await again.twin.provision(declared, 'ShopStack');
    const kept = await again.client().send(new GetSecretValueCommand({ SecretId: key.arn }));
    expect(kept.SecretString).toBe('sk_test_123');
  });

  it('refuses unsigned, wrongly signed and unknown-key requests, and names a missing secret', async () => {
    const { twin, client } = await start(await mkdtemp(join(tmpdir(), 'secrets-')));
    await twin.provision(declared, 'ShopStack');
    const wrong = client({ accessKeyId: KEY.accessKeyId, secretAccessKey: 'not-it' });
    await expect(wrong.send(new GetSecretValueCommand({ SecretId: 'shop/config' }))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
    });
    const stranger = client({ accessKeyId: 'AKIASTRANGER', secretAccessKey: 'x' });
    await expect(stranger.send(new GetSecretValueCommand({ SecretId: 'shop/config' }))).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
    });
    const unsigned = await fetch(twin.url, {
      method: 'POST',
      headers: { 'x-amz-target': 'secretsmanager.GetSecretValue', 'content-type': 'application/x-amz-json-1.1' },
      body: '{"SecretId":"shop/config"}',
    });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).not.toContain('{\\"a\\":1}');
    await expect(client().send(new GetSecretValueCommand({ SecretId: 'nope' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});

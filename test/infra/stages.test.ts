// The CDK app itself (infra/app.ts), run as the CDK CLI runs it (CDK_CONTEXT_JSON, CDK_OUTDIR): both stages and
// a second stack name synthesize with the cdk-nag plugin registered, offline and without credentials.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../build/fixtures.ts';
import { ROOT, buildRealBundle, type Bundle, type Json } from './support.ts';

let real: Bundle;
const outDirs: string[] = [];

beforeAll(async () => {
  real = await buildRealBundle();
});
afterAll(() => {
  real?.cleanup();
  outDirs.forEach(removeDir);
});

interface Run {
  code: number | null;
  stderr: string;
  template?: Json;
  stackName?: string;
}

/** `cdk synth -c …` without the CLI: the app with the context the CLI would give it, and no AWS variables. */
function synthApp(context: Record<string, string>): Promise<Run> {
  const outDir = tempDir('cdk-out');
  outDirs.push(outDir);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  env.CDK_OUTDIR = outDir;
  env.CDK_CONTEXT_JSON = JSON.stringify({ bundleDir: real.dir, ...context });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'infra/app.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return resolve({ code, stderr });
      const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as Json;
      const stack = manifest['artifacts']['ShopStack'];
      const template = JSON.parse(readFileSync(path.join(outDir, stack['properties']['templateFile']), 'utf8'));
      resolve({ code, stderr, template, stackName: stack['properties']['stackName'] ?? 'ShopStack' });
    });
  });
}

const ofType = (t: Json, type: string) =>
  Object.values(t['Resources'] as Record<string, Json>).filter((r) => r['Type'] === type);

describe('cdk synth of infra/app.ts', () => {
  let dev: Run;
  let prod: Run;
  let alice: Run;
  beforeAll(async () => {
    // One after another: each bundles the functions and runs cdk-nag (2 cores shared with other tests).
    dev = await synthApp({});
    prod = await synthApp({ stage: 'prod' });
    alice = await synthApp({ stackName: 'ShopStack-alice' });
  }, 600_000);

  it('dev is the default: one search node, destroyable table, no unacknowledged finding', () => {
    expect(dev.stderr).not.toMatch(/AwsSolutions-/);
    expect(dev.code).toBe(0);
    const [domain] = ofType(dev.template!, 'AWS::OpenSearchService::Domain');
    expect(domain!['Properties']['ClusterConfig']).toMatchObject({ InstanceCount: 1, ZoneAwarenessEnabled: false });
    expect(ofType(dev.template!, 'AWS::DynamoDB::Table')[0]!['DeletionPolicy']).toBe('Delete');
    expect(dev.template!['Description']).toMatch(/\(dev\)/);
  });

  it('prod: deletion protection, retained data, three search nodes in three zones', () => {
    expect(prod.code, prod.stderr).toBe(0);
    const t = prod.template!;
    const [table] = ofType(t, 'AWS::DynamoDB::Table');
    expect(table).toMatchObject({ DeletionPolicy: 'Retain', Properties: { DeletionProtectionEnabled: true } });
    const [pool] = ofType(t, 'AWS::Cognito::UserPool');
    expect(pool).toMatchObject({ DeletionPolicy: 'Retain', Properties: { DeletionProtection: 'ACTIVE' } });
    const [domain] = ofType(t, 'AWS::OpenSearchService::Domain');
    expect(domain!['Properties']['ClusterConfig']).toMatchObject({
      InstanceCount: 3,
      ZoneAwarenessEnabled: true,
      ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
    });
    expect(domain!['DeletionPolicy']).toBe('Retain');
  });

  it('a second stack name synthesizes and passes cdk-nag, its search domain named after it', () => {
    expect(alice.stderr).not.toMatch(/AwsSolutions-IAM5/);
    expect(alice.code, alice.stderr).toBe(0);
    expect(alice.stackName).toBe('ShopStack-alice');
    const [domain] = ofType(alice.template!, 'AWS::OpenSearchService::Domain');
    expect(domain!['Properties']['DomainName']).toBe('shopstack-alice-products');
  });

  it('refuses an unknown stage, naming the stages', async () => {
    const run = await synthApp({ stage: 'staging' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/stage must be one of dev, prod, got 'staging'/);
  });
});

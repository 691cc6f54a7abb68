// The CustomResources twin on a small template: a provider framework naming a handler, run by a real in-process
// Lambda runner. Found from the template; Create on a new data directory, Update with the old properties after;
// its Data as GetAtt attributes; a handler that throws stops the start, naming the resource.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLambdaRunner, type LambdaRunner } from '../../datasources/index.ts';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '../../local-aws.ts';
import type { StackArtifact } from '../../stack/index.ts';
import { customResourcesTwin, providerBackedResources } from './custom-resources.ts';
import { TWINS } from './index.ts';
import { emptyOutputs, type TwinContext } from './twin.ts';

const dir = mkdtempSync(join(tmpdir(), 'custom-resources-'));
const runners: LambdaRunner[] = [];
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  rmSync(dir, { recursive: true, force: true });
});

// The handler answers what it was asked, so the test reads the event the twin sent.
writeFileSync(
  join(dir, 'handler.mjs'),
  `export async function handler(event) {
    if (event.ResourceProperties.Fail === 'yes') throw new Error('the index is not reachable');
    return { PhysicalResourceId: 'products', Data: { request: event.RequestType,
      old: String(event.OldResourceProperties?.Mapping ?? ''), mapping: String(event.ResourceProperties.Mapping),
      endpoint: String(event.ResourceProperties.Endpoint) } };
  }`,
);

function artifactWith(properties: Record<string, unknown>): StackArtifact {
  return {
    stackName: 'Shop',
    assemblyDir: dir,
    template: {
      Resources: {
        Handler: { Type: 'AWS::Lambda::Function', Properties: {} },
        Framework: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Environment: { Variables: { USER_ON_EVENT_FUNCTION_ARN: { 'Fn::GetAtt': ['Handler', 'Arn'] } } },
          },
        },
        Index: {
          Type: 'Custom::ProductSearchIndex',
          Properties: { ServiceToken: { 'Fn::GetAtt': ['Framework', 'Arn'] }, ...properties },
        },
        Plain: { Type: 'Custom::Other', Properties: { ServiceToken: 'arn:aws:sns:us-east-1:1:topic' } },
      },
    },
  } as unknown as StackArtifact;
}

function contextFor(artifact: StackArtifact): TwinContext {
  const runner = createLambdaRunner({
    functionName: 'handler',
    file: join(dir, 'handler.mjs'),
    exportName: 'handler',
    environment: {},
    timeoutMs: 5000,
  });
  runners.push(runner);
  const arn = (id: string) => `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:function:Shop-${id}`;
  const upstream = emptyOutputs();
  upstream.attributes = {
    'Handler.Arn': arn('Handler'),
    'Framework.Arn': arn('Framework'),
    'Dom.DomainEndpoint': 'h:1',
  };
  upstream.api.lambdas = new Map([[arn('Handler'), runner]]);
  return {
    artifact,
    dataDir: dir,
    parameters: {},
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT_ID,
    progress: () => undefined,
    log: () => undefined,
    fatal: (message: string) => {
      throw new Error(message);
    },
    upstream,
  } as unknown as TwinContext;
}

async function run(artifact: StackArtifact) {
  const ctx = contextFor(artifact);
  const handled = await customResourcesTwin.start(ctx as never);
  const outcomes = await customResourcesTwin.provision(ctx as never, handled as never);
  return customResourcesTwin.outputs(ctx as never, handled as never, outcomes as never);
}

describe('the CustomResources twin', () => {
  it('runs after the Lambda twin and before the stream mappings', () => {
    const names = TWINS.map((t) => t.name);
    expect(names.indexOf('CustomResources')).toBeGreaterThan(names.indexOf('Lambda'));
    expect(names.indexOf('CustomResources')).toBeLessThan(names.indexOf('Streams'));
  });

  it('finds the provider-backed custom resources only', () => {
    expect(providerBackedResources(artifactWith({}))).toEqual([
      { logicalId: 'Index', type: 'Custom::ProductSearchIndex', functionId: 'Handler' },
    ]);
  });

  it('sends Create, then Update with the old properties; its Data become GetAtt attributes', async () => {
    const endpoint = { 'Fn::GetAtt': ['Dom', 'DomainEndpoint'] };
    const first = await run(artifactWith({ Mapping: 'v1', Endpoint: endpoint }));
    expect(first.refs).toEqual({ Index: 'products' });
    expect(first.attributes).toEqual({
      'Index.request': 'Create',
      'Index.old': '',
      'Index.mapping': 'v1',
      'Index.endpoint': 'h:1',
    });
    expect(first.where?.[0]).toContain('Index (Custom::ProductSearchIndex) → Handler: request Create');
    const second = await run(artifactWith({ Mapping: 'v2', Endpoint: endpoint }));
    expect(second.attributes).toMatchObject({ 'Index.request': 'Update', 'Index.old': 'v1', 'Index.mapping': 'v2' });
  });

  it('a handler that fails stops the start, naming the resource and the reason', async () => {
    await expect(run(artifactWith({ Fail: 'yes' }))).rejects.toThrow(
      'Custom resource Index (Custom::ProductSearchIndex) failed: the index is not reachable',
    );
  });
});

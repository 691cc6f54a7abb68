// The CDK app (cdk.json: `npx tsx infra/app.ts`). `npm run synth` / `npm run deploy` build the
// resolvers first; this file only reads the build's manifest, and refuses bundles older than their sources.
// Context (cdk -c key=value):
//   bundleDir=dist/appsync      where `npm run build` wrote the bundles
//   deletionProtection=false    throwaway dev stack: no deletion protection, resources destroyed with the stack
//   stackName=ShopStack-alice   CloudFormation stack name, for several dev stacks in one account (default ShopStack)
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { App, RemovalPolicy } from 'aws-cdk-lib';
import { DEFAULT_OUT_DIR, DEFAULT_RESOLVERS_DIR, MANIFEST_FILE } from '../contracts/index.ts';
import { addNagChecks } from './nag.ts';
import { ShopStack } from './shop-stack.ts';

/** Newest resolver source (tests excluded), to catch `cdk deploy` of bundles built before an edit. */
function newestSource(dir: string): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || /\.(test|spec)\.ts$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(file);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  }
  return newest;
}

const app = new App();
const bundleDir = String(app.node.tryGetContext('bundleDir') ?? DEFAULT_OUT_DIR);
const throwaway = String(app.node.tryGetContext('deletionProtection')) === 'false';

if (path.resolve(bundleDir) === path.resolve(DEFAULT_OUT_DIR)) {
  const manifest = path.join(bundleDir, MANIFEST_FILE);
  const source = newestSource(DEFAULT_RESOLVERS_DIR);
  let builtAt = 0;
  try {
    builtAt = statSync(manifest).mtimeMs;
  } catch {
    // readManifest() in the stack reports the missing manifest
  }
  if (builtAt > 0 && source && source.mtimeMs > builtAt) {
    throw new Error(
      `${source.file} changed after the last resolver build (${manifest}); ` +
        'run `npm run build` (or `npm run synth`)',
    );
  }
}

const stackName = app.node.tryGetContext('stackName') as string | undefined;

new ShopStack(app, 'ShopStack', {
  ...(stackName ? { stackName } : {}),
  description: 'Serverless shop backend: AppSync (APPSYNC_JS) over one DynamoDB table, Cognito sign-in',
  bundleDir,
  deletionProtection: !throwaway,
  removalPolicy: throwaway ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
});

addNagChecks(app);
app.synth();

// The CDK app (cdk.json: `npx tsx infra/app.ts`). `npm run synth` / `npm run deploy` build the
// resolvers first; this file only reads the build's manifest, and refuses bundles older than their sources.
// Context (cdk -c key=value); none needs credentials or a lookup, so synth runs offline:
//   stage=dev|prod              dev (default): small and destroyable; prod: protected, retained, HA search
//   stackName=ShopStack-alice   CloudFormation stack name, for several stacks in one account (default ShopStack)
//   bundleDir=dist/appsync      where `npm run build` wrote the bundles
//   deletionProtection=true|false   overrides the stage's deletion protection (and DESTROY/RETAIN with it)
//   searchDedicatedMasters=0|3  overrides the stage's dedicated master nodes (docs/deploy.md)
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { App, RemovalPolicy } from 'aws-cdk-lib';
import { stageSettings } from './stage.ts';
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
const stage = stageSettings(app.node.tryGetContext('stage') ?? 'dev');
const protection = app.node.tryGetContext('deletionProtection') as unknown;
if (protection !== undefined && !['true', 'false', true, false].includes(protection as string))
  throw new Error(`-c deletionProtection must be true or false, got '${String(protection)}'`);
const masters = app.node.tryGetContext('searchDedicatedMasters') as unknown;
if (masters !== undefined && !['0', '3', 0, 3].includes(masters as string))
  throw new Error(`-c searchDedicatedMasters must be 0 or 3, got '${String(masters)}'`);

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

const protect = protection === undefined ? undefined : String(protection) === 'true';

new ShopStack(app, 'ShopStack', {
  ...(stackName ? { stackName } : {}),
  description: `Serverless shop backend (${stage.name}): AppSync (APPSYNC_JS) over one DynamoDB table, Cognito sign-in`,
  bundleDir,
  stage: stage.name,
  ...(protect === undefined
    ? {}
    : { deletionProtection: protect, removalPolicy: protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY }),
  ...(masters === undefined ? {} : { searchCapacity: { dedicatedMasters: Number(masters) === 3 ? 3 : 0 } }),
});

addNagChecks(app);
app.synth();

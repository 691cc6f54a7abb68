// Builds resolver bundles into temp dirs and synthesizes ShopStack in memory, the way `cdk synth`
// does (cdk-nag plugin registered on the app, so synthesis itself fails on an unacknowledged finding).
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildResolvers, formatFinding, type Manifest } from '../../scripts/build/index.ts';
import { addNagChecks } from '../../infra/nag.ts';
import { ShopStack, type ShopStackProps } from '../../infra/shop-stack.ts';
import { FIXTURE_TREE, removeDir, tempDir, writeTree } from '../build/fixtures.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Bundle {
  dir: string;
  manifest: Manifest;
  cleanup(): void;
}

async function buildInto(resolversDir: string, cleanupDirs: string[]): Promise<Bundle> {
  const out = tempDir('bundle');
  const dir = path.join(out, 'appsync');
  const { manifest, findings } = await buildResolvers({ resolversDir, outDir: dir });
  if (findings.length > 0)
    throw new Error(`resolver build failed:\n${findings.map((f) => formatFinding(f)).join('\n')}`);
  return { dir, manifest, cleanup: () => [out, ...cleanupDirs].forEach(removeDir) };
}

/** The repository's real resolvers/ folder, built into a temp dir (it may hold few resolvers or none). */
export function buildRealBundle(): Promise<Bundle> {
  return buildInto(path.join(ROOT, 'resolvers'), []);
}

/** test/build/fixtures.ts's tree: unit, .none., pipelines with and without index.ts. */
export function buildFixtureBundle(): Promise<Bundle> {
  const src = writeTree(tempDir('fixture-resolvers'), FIXTURE_TREE);
  return buildInto(src, [src]);
}

export interface Synth {
  app: App;
  stack: ShopStack;
  template: Template;
}

/** Stack only, no synthesis yet (for tests that change the tree or run cdk-nag by hand). */
export function shopStack(
  bundleDir: string,
  props: Partial<ShopStackProps> = {},
  nag = true,
): { app: App; stack: ShopStack } {
  // Asset metadata on, as the CDK CLI sets it, so resolvers carry aws:asset:path like in cdk.out.
  const app = new App({ context: { 'aws:cdk:enable-asset-metadata': true } });
  const stack = new ShopStack(app, 'ShopStack', { bundleDir, ...props });
  if (nag) addNagChecks(app);
  return { app, stack };
}

export function synthShopStack(bundleDir: string, props: Partial<ShopStackProps> = {}): Synth {
  const { app, stack } = shopStack(bundleDir, props);
  return { app, stack, template: Template.fromStack(stack) };
}

export type Json = Record<string, any>;

/** Every IAM policy statement in the template, wherever it sits (roles, policies, managed policies, trust). */
export function allStatements(template: Template): Json[] {
  const statements: Json[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const obj = value as Json;
      if (Array.isArray(obj['Statement'])) statements.push(...obj['Statement']);
      Object.values(obj).forEach(walk);
    }
  };
  walk(template.toJSON()['Resources']);
  return statements;
}

export function resourcesOfType(template: Template, type: string): [string, Json][] {
  return Object.entries(template.findResources(type));
}

// Builds the real resolvers and synthesizes ShopStack into a temp cloud assembly, as `npm run
// synth` does (asset metadata on, like the CDK CLI), once per test process.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { ShopStack } from '../../infra/shop-stack.ts';
import { builtResolvers } from './built-resolvers.ts';

let assembly: Promise<string> | undefined;

/** The directory of a cloud assembly holding ShopStack (template + resolver assets). */
export function synthesizedStack(): Promise<string> {
  assembly ??= (async () => {
    const { outDir } = await builtResolvers();
    const assemblyDir = await mkdtemp(join(tmpdir(), 'shop-cdk-out-'));
    const app = new App({ outdir: assemblyDir, context: { 'aws:cdk:enable-asset-metadata': true } });
    new ShopStack(app, 'ShopStack', { bundleDir: outDir });
    app.synth();
    return assemblyDir;
  })();
  return assembly;
}

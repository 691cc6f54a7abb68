// Builds resolvers/ once per test process (the same build `npm run build` runs: esbuild, lint,
// validator) and hands out the bundled code by path, e.g. 'catalog/Query.product'.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildResolvers, formatFinding, type Manifest } from '../../scripts/build/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface BuiltResolvers {
  outDir: string;
  manifest: Manifest;
  code(path: string): Promise<string>;
}

let built: Promise<BuiltResolvers> | undefined;

export function builtResolvers(): Promise<BuiltResolvers> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'shop-resolvers-'));
    const { manifest, findings } = await buildResolvers({ resolversDir: join(root, 'resolvers'), outDir, cwd: root });
    if (findings.length > 0)
      throw new Error(`resolver build failed:\n${findings.map((f) => formatFinding(f)).join('\n')}`);
    return { outDir, manifest, code: (path: string) => readFile(join(outDir, `${path}.js`), 'utf8') };
  })();
  return built;
}

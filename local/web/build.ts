// Builds clients/web into dist/web with Vite's build API when npm start finds no build there.
// https://vite.dev/guide/api-javascript#build
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const VITE = 'vite';

export interface WebBuildResult {
  /** false when dist/web already had a build */
  built: boolean;
  seconds: number;
}

export function webDistDir(root: string): string {
  return join(root, 'dist', 'web');
}

/** Builds into a temporary folder and renames it into place, so two starts at once never see half a build. */
export async function ensureWebBuild(root: string): Promise<WebBuildResult> {
  const target = webDistDir(root);
  if (existsSync(join(target, 'index.html'))) return { built: false, seconds: 0 };
  const started = performance.now();
  // Loaded only when a build is needed (vite costs ~350 ms to import); the name is a variable because
  // eslint-plugin-import-x cannot resolve vite 8's exports-only package.json and crashes on it.
  const { build } = (await import(VITE)) as typeof import('vite');
  const staging = await mkdtemp(join(root, 'dist', '.web-'));
  try {
    await build({
      configFile: join(root, 'clients', 'web', 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: staging, emptyOutDir: true },
    });
    // Another start may have finished first; its build is as good as ours.
    if (!existsSync(join(target, 'index.html'))) await rename(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

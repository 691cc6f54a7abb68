// Builds clients/web into dist/web with Vite's build API when npm start finds no build there, or when
// any source of the apps (clients/, their shared client included) is newer than the build.
// https://vite.dev/guide/api-javascript#build
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const VITE = 'vite';

export interface WebBuildResult {
  /** false when dist/web already had a build at least as new as its sources */
  built: boolean;
  /** why it was built: no build yet, or sources newer than it */
  reason?: 'missing' | 'stale';
  seconds: number;
}

export function webDistDir(root: string): string {
  return join(root, 'dist', 'web');
}

/** Builds into a temporary folder and renames it into place, so two starts at once never see half a build. */
/** The newest modification time of the web apps' sources (clients/, but not other apps' folders). */
export function newestSourceMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'mobile' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMs(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/web must be built: there is none, or a source under clients/ is newer than it. */
export function webBuildNeeded(root: string): 'missing' | 'stale' | undefined {
  const index = join(webDistDir(root), 'index.html');
  if (!existsSync(index)) return 'missing';
  return newestSourceMs(join(root, 'clients')) > statSync(index).mtimeMs ? 'stale' : undefined;
}

export async function ensureWebBuild(root: string): Promise<WebBuildResult> {
  const target = webDistDir(root);
  const index = join(target, 'index.html');
  const reason = webBuildNeeded(root);
  if (!reason) return { built: false, seconds: 0 };
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
    // A stale build makes way; another start may have finished first, and its build is as good as ours.
    if (reason === 'stale') await rm(target, { recursive: true, force: true });
    if (!existsSync(index)) await rename(staging, target).catch(() => undefined);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { built: true, reason, seconds: (performance.now() - started) / 1000 };
}

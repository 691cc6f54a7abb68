// Builds the apps npm start serves when it finds no build, or when any of their sources (clients/, the shared
// client included) is newer than the build: the storefront and admin with Vite's build API into dist/web, the
// mobile app's web target with `expo export` (Metro) into dist/mobile. One table row per app.
// https://vite.dev/guide/api-javascript#build  https://docs.expo.dev/more/expo-cli/#exporting
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const VITE = 'vite';

export type AppName = 'web' | 'mobile';

interface AppBuild {
  /** the folder under clients/ that is another app's, not this one's source */
  notMine: string;
  build(root: string, outDir: string, signal?: AbortSignal): Promise<void>;
}

async function viteBuild(root: string, outDir: string): Promise<void> {
  // Loaded only when a build is needed (vite costs ~350 ms to import); the name is a variable because
  // eslint-plugin-import-x cannot resolve vite 8's exports-only package.json and crashes on it.
  const { build } = (await import(VITE)) as typeof import('vite');
  await build({
    configFile: join(root, 'clients', 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Expo's own CLI from the app's workspace (its React 19 tree), offline and without telemetry. */
async function expoExport(root: string, outDir: string, signal?: AbortSignal): Promise<void> {
  const app = join(root, 'clients', 'mobile');
  const cli = createRequire(join(app, 'package.json')).resolve('expo/bin/cli');
  const env = { ...process.env, CI: '1', EXPO_NO_TELEMETRY: '1', EXPO_OFFLINE: '1', NODE_ENV: 'production' };
  await promisify(execFile)(process.execPath, [cli, 'export', '--platform', 'web', '--output-dir', outDir], {
    cwd: app,
    env,
    ...(signal ? { signal } : {}),
    maxBuffer: 16 * 1024 * 1024,
  });
}

const APPS: Readonly<Record<AppName, AppBuild>> = {
  web: { notMine: 'mobile', build: viteBuild },
  mobile: { notMine: 'web', build: expoExport },
};

export const APP_NAMES = Object.keys(APPS) as AppName[];

/** Builds one app into `outDir` as it is now, whatever is in dist/ (the shared-client test builds both). */
export function buildApp(root: string, app: AppName, outDir: string, signal?: AbortSignal): Promise<void> {
  return APPS[app].build(root, outDir, signal);
}

export interface WebBuildResult {
  /** false when the app's dist folder already had a build at least as new as its sources */
  built: boolean;
  /** why it was built: no build yet, or sources newer than it */
  reason?: 'missing' | 'stale';
  seconds: number;
}

/** dist/web for the storefront and admin, dist/mobile for the mobile app's web target. */
export function webDistDir(root: string, app: AppName = 'web'): string {
  return join(root, 'dist', app);
}

/** The newest modification time of an app's sources (clients/, but not node_modules, dot folders or `skip`). */
export function newestSourceMs(dir: string, skip = 'mobile'): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === skip || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMs(path, skip) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether an app must be built: there is no build, or a source of it under clients/ is newer than it. */
export function webBuildNeeded(root: string, app: AppName = 'web'): 'missing' | 'stale' | undefined {
  const index = join(webDistDir(root, app), 'index.html');
  if (!existsSync(index)) return 'missing';
  return newestSourceMs(join(root, 'clients'), APPS[app].notMine) > statSync(index).mtimeMs ? 'stale' : undefined;
}

/** Builds into a temporary folder and renames it into place, so two starts at once never see half a build. */
export async function ensureWebBuild(
  root: string,
  app: AppName = 'web',
  signal?: AbortSignal,
): Promise<WebBuildResult> {
  const target = webDistDir(root, app);
  const index = join(target, 'index.html');
  const reason = webBuildNeeded(root, app);
  if (!reason) return { built: false, seconds: 0 };
  const started = performance.now();
  await mkdir(join(root, 'dist'), { recursive: true });
  const staging = await mkdtemp(join(root, 'dist', `.${app}-`));
  try {
    await buildApp(root, app, staging, signal);
    // A stale build makes way; another start may have finished first, and its build is as good as ours.
    if (reason === 'stale') await rm(target, { recursive: true, force: true });
    if (!existsSync(index)) await rename(staging, target).catch(() => undefined);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { built: true, reason, seconds: (performance.now() - started) / 1000 };
}

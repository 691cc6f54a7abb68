// The sandbox and the worker are bundled from TypeScript on first use (esbuild, tens of ms), so
// the runtime works the same under Vitest, tsx and the CLI without a separate build step.
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** '@aws-appsync/utils' as the realm has it, for bundling handlers to run outside any realm (bench/). */
export const APPSYNC_UTILS_SOURCE = here('../sandbox/appsync-utils.ts');

let sandbox: string | undefined;
let workerFile: string | undefined;

/** The realm's code: an IIFE with no imports, run inside the vm context. */
export function sandboxBundle(): string {
  sandbox ??= build(here('../sandbox/entry.ts'), 'iife', 'neutral');
  return sandbox;
}

/**
 * The worker process's entry file (CommonJS), written once per content under the project's
 * node_modules/.cache, where its package imports (the AWS SDK, acorn) resolve at run time.
 */
export function workerScript(): string {
  if (workerFile) return workerFile;
  const code = build(here('../worker/worker-main.ts'), 'cjs', 'node', true);
  const dir = here('../../../node_modules/.cache/appsync-js-runtime');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, code);
  renameSync(partial, file); // atomic: concurrent test processes never fork a half-written file
  workerFile = file;
  return file;
}

function build(entry: string, format: 'iife' | 'cjs', platform: 'neutral' | 'node', externalPackages = false): string {
  const result = buildSync({
    ...(externalPackages ? { packages: 'external' as const } : {}),
    entryPoints: [entry],
    bundle: true,
    write: false,
    format,
    platform,
    target: 'es2022',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  return file.text;
}

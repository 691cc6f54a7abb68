// Loads handler source as ordinary Node ES modules, '@aws-appsync/utils' pointing at our util:
// the floor the sandboxed runtime is compared with.
import { build } from 'esbuild';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APPSYNC_UTILS_SOURCE } from '../../local/runtime/index.ts';

export interface PlainHandlers {
  request(ctx: unknown): unknown;
  response(ctx: unknown): unknown;
}

export async function loadPlain(code: string): Promise<PlainHandlers> {
  const result = await build({
    stdin: { contents: code, loader: 'js', resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    alias: { '@aws-appsync/utils': APPSYNC_UTILS_SOURCE },
    logLevel: 'silent',
  });
  const dir = await mkdtemp(join(tmpdir(), 'bench-plain-'));
  const file = join(dir, 'handlers.mjs');
  await writeFile(file, result.outputFiles[0]?.text ?? '');
  return (await import(pathToFileURL(file).href)) as PlainHandlers;
}

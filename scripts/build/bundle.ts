// Bundles every resolver and pipeline function with esbuild exactly as AWS documents for APPSYNC_JS
// (https://docs.aws.amazon.com/appsync/latest/devguide/additional-utilities.html): one ESM file per entry,
// @aws-appsync/utils provided by the runtime; the source
// map goes to a file beside it, never into the code AppSync receives.
import path from 'node:path';
import { build, type BuildFailure, type BuildOptions, type Message } from 'esbuild';
import type { Finding } from './findings.ts';

export const ESBUILD_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'esnext',
  external: ['@aws-appsync/utils', '@aws-appsync/utils/*'],
  // A separate <bundle>.js.map for local debugging and for mapping findings back to the TypeScript source; no
  // comment in the code: AppSync counts every character toward its 32,768 limit (API_Resolver, `code`).
  sourcemap: 'external',
  sourcesContent: false,
  // One file per entry: no shared chunks (AppSync takes one self-contained module per resolver).
  splitting: false,
  // Errors come back as findings; esbuild itself prints nothing.
  logLevel: 'silent',
} as const satisfies BuildOptions;

export interface BundleEntry {
  /** absolute TypeScript source */
  source: string;
  /** output path relative to the out dir, ending in .js */
  out: string;
}

export interface BundleResult {
  /** out path -> the names the bundle exports */
  exports: Map<string, string[]>;
  findings: Finding[];
}

function toFinding(message: Message, cwd: string): Finding {
  const loc = message.location;
  return {
    file: loc ? path.resolve(cwd, loc.file) : cwd,
    line: loc?.line ?? 1,
    column: (loc?.column ?? 0) + 1,
    rule: 'esbuild',
    message: message.text,
  };
}

export async function bundleEntries(entries: BundleEntry[], outDir: string, cwd: string): Promise<BundleResult> {
  const exports = new Map<string, string[]>();
  if (entries.length === 0) return { exports, findings: [] };
  try {
    const result = await build({
      ...ESBUILD_OPTIONS,
      absWorkingDir: cwd,
      entryPoints: entries.map((e) => ({ in: e.source, out: e.out.replace(/\.js$/, '') })),
      outdir: outDir,
      metafile: true,
      write: true,
    });
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      const rel = path.relative(outDir, path.resolve(cwd, file)).split(path.sep).join('/');
      exports.set(rel, output.exports);
    }
    return { exports, findings: result.errors.map((m) => toFinding(m, cwd)) };
  } catch (error) {
    const failure = error as BuildFailure;
    if (!Array.isArray(failure.errors)) throw error;
    return { exports, findings: failure.errors.map((m) => toFinding(m, cwd)) };
  }
}

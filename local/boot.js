// `npm start`'s entry: runs local/cli.ts from one esbuild bundle instead of compiling ~300
// TypeScript modules one by one through tsx on every start (about 1 s of the first answer). The
// bundle is kept in node_modules/.cache/shop-local/ and rebuilt when any file it was built from
// changed (size or time), as cdk.out is re-synthesized only when its inputs change. Packages stay
// outside the bundle (node loads them as usual); each module's import.meta.url stays its source
// file's, so the files found next to the sources (the Java launcher, the worker scripts) resolve
// as they do under tsx. Plain JavaScript: it must run before anything can compile TypeScript.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'node_modules', '.cache', 'shop-local');
const entry = join(root, 'local', 'cli.ts');
const stampFile = join(outDir, 'inputs.json');

/** Each bundled file's size and modification time, keyed by its path from the root. */
function fingerprint(files) {
  const marks = {};
  for (const file of files) {
    if (!existsSync(join(root, file))) return undefined;
    const { size, mtimeMs } = statSync(join(root, file));
    marks[file] = `${size}:${mtimeMs}`;
  }
  return marks;
}

/** The bundle's folder when it was built from the files as they are now, else undefined. */
function currentBundle() {
  if (!existsSync(stampFile)) return undefined;
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  const now = fingerprint(Object.keys(stamp.inputs));
  const same = now !== undefined && Object.entries(stamp.inputs).every(([file, mark]) => now[file] === mark);
  return same && existsSync(join(outDir, stamp.bundle)) ? join(outDir, stamp.bundle) : undefined;
}

/** esbuild leaves `import.meta.url` alone in a bundle, where it would name the bundle: each source keeps its own. */
const keepMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

async function rebuild() {
  const { build } = await import('esbuild');
  // A folder of its own per build, never replaced: a running start may still load its lazy chunks.
  const bundle = `bundle-${process.pid}-${Date.now()}`;
  const result = await build({
    entryPoints: { cli: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: join(outDir, bundle),
    // under node_modules/ no package.json says "module": the extension does
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'silent',
    plugins: [keepMetaUrl],
  });
  const inputs = fingerprint(Object.keys(result.metafile.inputs).map((file) => relative(root, join(root, file))));
  const partial = `${stampFile}.${process.pid}`;
  await writeFile(partial, JSON.stringify({ bundle, inputs }));
  await rename(partial, stampFile);
  // Earlier builds: kept an hour, for starts that were still loading them.
  for (const old of await readdir(outDir)) {
    const path = join(outDir, old);
    if (old.startsWith('bundle-') && old !== bundle && statSync(path).mtimeMs < Date.now() - 3_600_000)
      await rm(path, { recursive: true, force: true });
  }
  return join(outDir, bundle);
}

await mkdir(outDir, { recursive: true });
const bundle = currentBundle() ?? (await rebuild());
await import(pathToFileURL(join(bundle, 'cli.mjs')).href);

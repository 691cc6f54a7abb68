// `cdk synth`, only when something it reads changed: the inputs are hashed and the hash is kept
// next to the cloud assembly, so a warm `npm start` reuses cdk.out.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const INPUTS = [
  'contracts',
  'resolvers',
  'schema',
  'infra',
  'functions',
  'scripts/build',
  'cdk.json',
  'package-lock.json',
];
const HASH_FILE = '.local-inputs.sha256';

async function files(root: string, entry: string): Promise<string[]> {
  const path = join(root, entry);
  if (!existsSync(path)) return [];
  const list = await readdir(path, { withFileTypes: true, recursive: true }).catch(() => null);
  if (!list) return [path];
  return list.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export async function inputsHash(root: string): Promise<string> {
  const hash = createHash('sha256');
  const all = (await Promise.all(INPUTS.map((i) => files(root, i)))).flat().sort();
  for (const file of all) {
    hash.update(relative(root, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

export interface SynthResult {
  assemblyDir: string;
  reused: boolean;
}

/** Builds the resolvers and runs `cdk synth`, unless cdk.out already holds the same inputs' output. */
export async function ensureSynthesized(root: string, assemblyDir = join(root, 'cdk.out')): Promise<SynthResult> {
  const hash = await inputsHash(root);
  const hashFile = join(assemblyDir, HASH_FILE);
  if (
    existsSync(join(assemblyDir, 'manifest.json')) &&
    existsSync(hashFile) &&
    (await readFile(hashFile, 'utf8')).trim() === hash
  ) {
    return { assemblyDir, reused: true };
  }
  // Loaded only when a synth is due: the build pulls in ESLint and TypeScript (~1.4 s), a warm start needs neither.
  const { buildResolvers, formatFinding } = await import('../../scripts/build/index.ts');
  const { findings } = await buildResolvers({
    resolversDir: join(root, 'resolvers'),
    outDir: join(root, 'dist/appsync'),
    cwd: root,
  });
  if (findings.length > 0)
    throw new Error(`The resolver build failed:\n${findings.map((f) => formatFinding(f)).join('\n')}`);
  await run(
    process.execPath,
    [join(root, 'node_modules/aws-cdk/bin/cdk'), 'synth', '--quiet', '--output', assemblyDir],
    root,
  );
  await writeFile(hashFile, `${hash}\n`);
  return { assemblyDir, reused: false };
}

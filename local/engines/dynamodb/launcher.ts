// Locates the DynamoDB Local jar shipped in amplify-dynamodb-simulator and compiles the loopback
// launcher once into a cache directory keyed by a hash of its source and the jar (so edits recompile);
// class-data.ts keeps the JVM's class-data archive in the same directory.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertJavac } from './java.ts';

export const LAUNCHER_CLASS = 'LoopbackDynamoDBLocal';
const LAUNCHER_SOURCE = fileURLToPath(new URL(`./${LAUNCHER_CLASS}.java`, import.meta.url));

export interface EmulatorPaths {
  /** `.../amplify-dynamodb-simulator/emulator` */
  dir: string;
  jar: string;
  libDir: string;
  /** The node_modules folder that holds the simulator package; the cache lives beside it. */
  nodeModules: string;
}

export function locateEmulator(): EmulatorPaths {
  const pkg = createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json');
  const dir = join(dirname(pkg), 'emulator');
  const jar = join(dir, 'DynamoDBLocal.jar');
  if (!existsSync(jar)) {
    throw new Error(`DynamoDB Local jar not found at ${jar}; is amplify-dynamodb-simulator installed completely?`);
  }
  return { dir, jar, libDir: join(dir, 'DynamoDBLocal_lib'), nodeModules: dirname(dirname(pkg)) };
}

/** Returns the directory holding the compiled launcher class, compiling it if needed. */
export function ensureLauncher(emulator: EmulatorPaths = locateEmulator()): string {
  const source = readFileSync(LAUNCHER_SOURCE);
  // The jar's size and time too: the class-data archive and the jar copy made from it belong to this one jar.
  const { size, mtimeMs } = statSync(emulator.jar);
  const jar = `${emulator.jar}:${size}:${mtimeMs}`;
  const hash = createHash('sha256').update(source).update(jar).digest('hex').slice(0, 16);
  const cacheRoot = join(emulator.nodeModules, '.cache', 'shop-dynamodb-local');
  const target = join(cacheRoot, hash);
  if (existsSync(join(target, `${LAUNCHER_CLASS}.class`))) return target;

  assertJavac();
  mkdirSync(cacheRoot, { recursive: true });
  // Compile into a private folder and rename it into place: test files start in parallel.
  const scratch = mkdtempSync(join(cacheRoot, 'build-'));
  try {
    const classpath = [emulator.jar, join(emulator.libDir, '*')].join(':');
    const r = spawnSync('javac', ['-nowarn', '-cp', classpath, '-d', scratch, LAUNCHER_SOURCE], { encoding: 'utf8' });
    if (r.error || r.status !== 0) {
      throw new Error(`javac failed to compile ${LAUNCHER_SOURCE}: ${(r.stderr || String(r.error)).trim()}`);
    }
    try {
      renameSync(scratch, target);
    } catch (err) {
      // Another process won the race; its result is identical.
      if (!existsSync(join(target, `${LAUNCHER_CLASS}.class`))) throw err;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return target;
}

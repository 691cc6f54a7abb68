// Class-data sharing (CDS) for DynamoDB Local's JVM: the classes it loads at start-up are archived
// once, when a JVM exits, and later JVMs map that archive instead of parsing ~5,000 classes again
// (measured here: 3.6 s instead of 6.6 s to the first ListTables on a busy 2-core VM).
// https://docs.oracle.com/en/java/javase/17/vm/class-data-sharing.html
// CDS refuses a class path with a non-empty directory, and DynamoDBLocal.jar's manifest names "."
// (its own folder): so a copy of the jar without that Class-Path, and the launcher as a jar, are made
// once, with the launcher's compile; the first JVM that runs with them writes the archive when it exits.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync } from 'node:fs';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { EmulatorPaths } from './launcher.ts';

const LAUNCHER_JAR = 'launcher.jar';
const EMULATOR_JAR = 'DynamoDBLocal-cds.jar';
/** an archive dumped by a JVM that nobody renamed (its parent died) is removed after this long */
const STALE_MS = 10 * 60_000;

export interface JvmClassData {
  /** the -cp value */
  classpath: string;
  /** -XX:SharedArchiveFile, or -XX:ArchiveClassesAtExit while there is no archive yet */
  flags: string[];
  /** after the JVM exited: moves its fresh archive into place (a no-op when it only read one) */
  settle(): void;
}

/** The class path and CDS flags for the launcher compiled into `launcherDir`. */
export function classData(emulator: EmulatorPaths, launcherDir: string): JvmClassData {
  const plain = { classpath: `${launcherDir}:${emulator.jar}`, flags: [], settle: () => undefined };
  const jars = [join(launcherDir, LAUNCHER_JAR), join(launcherDir, EMULATOR_JAR)];
  if (!jars.every((jar) => existsSync(jar))) return plain;
  const libs = readdirSync(emulator.libDir)
    .filter((name) => name.endsWith('.jar'))
    .sort()
    .map((name) => join(emulator.libDir, name));
  const classpath = [...jars, ...libs].join(':');
  // The archive belongs to one JVM build: a JDK upgrade starts a new one (a stale one would only be ignored).
  const archive = join(launcherDir, `dynamodb-local-${javaIdentity()}.jsa`);
  if (existsSync(archive)) return { classpath, flags: [`-XX:SharedArchiveFile=${archive}`], settle: () => undefined };
  removeStaleDumps(launcherDir);
  // One JVM at a time writes it (a dump costs seconds of CPU at exit): the others run without one.
  const claim = `${archive}.claim`;
  if (!claimOnce(claim)) return { classpath, flags: [], settle: () => undefined };
  const dump = `${archive}.${process.pid}.tmp`;
  const settle = () => {
    try {
      if (existsSync(dump) && statSync(dump).size > 0 && !existsSync(archive)) renameSync(dump, archive);
    } finally {
      rmSync(dump, { force: true });
      rmSync(claim, { force: true });
    }
  };
  return { classpath, flags: [`-XX:ArchiveClassesAtExit=${dump}`], settle };
}

/**
 * Makes the two jars CDS needs, once per launcher folder (with the launcher's one-time compile): a
 * private scratch folder renamed into place, as parallel test files may do it at once. Without the
 * `jar` tool it leaves them out, and JVMs run on the plain class path.
 */
export function ensureClassDataJars(emulator: EmulatorPaths, launcherDir: string, launcherClass: string): void {
  if (existsSync(join(launcherDir, EMULATOR_JAR))) return;
  removeStaleDumps(launcherDir);
  const scratch = mkdtempSync(join(launcherDir, 'cds-build-'));
  try {
    const unpacked = join(scratch, 'jar');
    mkdirSync(unpacked);
    jar(['--extract', '--file', emulator.jar], unpacked);
    const manifest = join(unpacked, 'META-INF', 'MANIFEST.MF');
    writeFileSync(join(scratch, 'MANIFEST.MF'), withoutClassPath(readFileSync(manifest, 'utf8')));
    rmSync(manifest);
    const emulatorJar = join(scratch, EMULATOR_JAR);
    jar(['--create', '--file', emulatorJar, '--manifest', join(scratch, 'MANIFEST.MF'), '-C', unpacked, '.']);
    const classes = readdirSync(launcherDir).filter((f) => f.startsWith(launcherClass) && f.endsWith('.class'));
    jar(['--create', '--file', join(scratch, LAUNCHER_JAR), ...classes], launcherDir);
    // The launcher jar first: whoever sees the emulator jar finds its partner already there.
    renameSync(join(scratch, LAUNCHER_JAR), join(launcherDir, LAUNCHER_JAR));
    renameSync(emulatorJar, join(launcherDir, EMULATOR_JAR));
  } catch {
    // no `jar` tool, or no room: the plain class path still works, only slower to start
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function jar(args: string[], cwd?: string): void {
  const r = spawnSync('jar', args, { cwd, stdio: 'ignore' });
  if (r.error || r.status !== 0) throw new Error(`jar ${args[0]} failed`);
}

/** The manifest minus its Class-Path attribute and that attribute's continuation lines. */
export function withoutClassPath(manifest: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of manifest.split(/\r?\n/)) {
    if (skipping && line.startsWith(' ')) continue;
    skipping = /^Class-Path:/i.test(line);
    if (!skipping) kept.push(line);
  }
  return kept.join('\n');
}

/** Which `java` runs (resolved through PATH and symlinks), with its size and time: a new JDK build changes it. */
function javaIdentity(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'java');
    if (!dir || !existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    const { size, mtimeMs } = statSync(real);
    return createHash('sha256').update(`${real}:${size}:${mtimeMs}`).digest('hex').slice(0, 12);
  }
  return 'unknown';
}

/** Creates `file` unless it exists (and is younger than STALE_MS: its writer died): whether this process has it. */
function claimOnce(file: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      if (!existsSync(file) || statSync(file).mtimeMs >= Date.now() - STALE_MS) return false;
      rmSync(file, { force: true });
    }
  }
  return false;
}

function removeStaleDumps(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const leftover = name.endsWith('.tmp') || name.startsWith('cds-build-');
    if (leftover && statSync(path).mtimeMs < Date.now() - STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}

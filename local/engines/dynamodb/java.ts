// Finds the JDK tools DynamoDB Local needs and says exactly what to install when they are missing.
import { spawnSync } from 'node:child_process';

export const MIN_JAVA_MAJOR = 17;
const INSTALL_HINT = `install a JDK ${MIN_JAVA_MAJOR}, e.g. \`sudo apt-get install -y openjdk-17-jdk-headless\``;

export class JavaMissingError extends Error {
  override name = 'JavaMissingError';
}

/** Parses the major version out of `java -version` output ("17.0.15", "1.8.0_422", "25"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

function run(tool: string, args: string[]): { ok: boolean; output: string; missing: boolean } {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { ok: !r.error && r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`, missing };
}

/** Throws a JavaMissingError unless `java` (>= 17) is on PATH. */
export function assertJava(): void {
  const r = run('java', ['-version']);
  if (r.missing) {
    throw new JavaMissingError(`DynamoDB Local needs Java, but \`java\` was not found on PATH: ${INSTALL_HINT}.`);
  }
  const major = parseJavaMajor(r.output);
  if (!r.ok || major === undefined || major < MIN_JAVA_MAJOR) {
    throw new JavaMissingError(
      `DynamoDB Local needs Java ${MIN_JAVA_MAJOR}+, ` +
        `but \`java -version\` said: ${r.output.trim() || '(nothing)'}; ${INSTALL_HINT}.`,
    );
  }
}

/** Throws a JavaMissingError unless `javac` is on PATH (only needed to build the launcher once). */
export function assertJavac(): void {
  const r = run('javac', ['-version']);
  if (r.missing || !r.ok) {
    throw new JavaMissingError(
      'The DynamoDB Local loopback launcher must be compiled once, ' +
        `but \`javac\` ${r.missing ? 'was not found on PATH' : `failed: ${r.output.trim()}`} ` +
        `(a JRE is not enough): ${INSTALL_HINT}.`,
    );
  }
}

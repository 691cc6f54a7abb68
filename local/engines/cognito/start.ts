// Starts cognito-local as a child process on 127.0.0.1, with its state in a data directory, and
// stops it again.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, LOOPBACK, superviseProcess, waitUntilReady, type ExitInfo } from '../supervised-process.ts';

export interface CognitoLocalOptions {
  /** cognito-local keeps its state in `<dataDir>/.cognito/` (created if missing). */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Give up if /health has not answered by then (default 30 s). */
  startTimeoutMs?: number;
}

export interface CognitoLocal {
  /** e.g. "http://127.0.0.1:41234"; token issuers are `${endpoint}/${userPoolId}`. */
  endpoint: string;
  port: number;
  pid: number;
  /** Milliseconds from spawn until /health answered. */
  startupMs: number;
  /** Resolves when the process exits, however that happens. */
  exited: Promise<ExitInfo>;
  /** The last 16 KiB of its output. */
  output(): string;
  /** Sends SIGTERM and resolves once the process has exited (SIGKILL after 5 s). */
  stop(): Promise<void>;
}

const READY_BANNER = 'Cognito Local running on';
// cognito-local bundles the AWS SDK: keep its maintenance and Node-version notices out of our log.
const QUIET_SDK = {
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
const WATCHDOG = fileURLToPath(new URL('./parent-watch.cjs', import.meta.url));

/** Path of cognito-local's CLI entry point, resolved from this package's dependencies. */
export function cognitoLocalEntry(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('cognito-local/package.json')), 'lib', 'bin', 'start.js');
}

/**
 * cognito-local merges `.cognito/config.json` over its defaults, so a stray `ServerConfig` or
 * `TokenConfig` there could bind another interface or mint tokens for another issuer. Refuse it.
 */
function assertNoServerOverrides(dataDir: string): void {
  const file = join(dataDir, '.cognito', 'config.json');
  if (!existsSync(file)) return;
  const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const key of ['ServerConfig', 'TokenConfig']) {
    if (key in config) throw new Error(`${file} sets ${key}; remove it: the local twin decides host, port and issuer`);
  }
}

export async function startCognitoLocal(options: CognitoLocalOptions): Promise<CognitoLocal> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  assertNoServerOverrides(dataDir);
  const entry = cognitoLocalEntry();
  // A port picked here can be taken by someone else before the child binds it: retry with another.
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await freePort());
    try {
      return await launch(entry, dataDir, port, options.startTimeoutMs ?? 30_000);
    } catch (err) {
      const portClash = err instanceof Error && /EADDRINUSE/.test(err.message);
      if (!portClash || options.port || attempt >= 3) throw err;
    }
  }
}

async function launch(entry: string, cwd: string, port: number, timeoutMs: number): Promise<CognitoLocal> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: LOOPBACK, PORT: String(port), ...QUIET_SDK };
  delete env.COGNITO_LOCAL_DEVMODE; // dev mode would relax its checks
  delete env.CODE; // fixed confirmation codes
  const started = performance.now();
  const child = superviseProcess(process.execPath, ['--require', WATCHDOG, entry], { cwd, env });
  const endpoint = `http://${LOOPBACK}:${port}`;
  // Only our child prints the banner with our port, so /health cannot be a stranger's answer.
  await waitUntilReady(
    child,
    'cognito-local',
    timeoutMs,
    25,
    async () => child.output().includes(`${READY_BANNER} ${endpoint}`) && (await healthy(endpoint)),
  );
  const startupMs = Math.round(performance.now() - started);
  const { exited, output } = child;
  return { endpoint, port, pid: child.child.pid!, startupMs, exited, output, stop: () => child.stop(5_000) };
}

async function healthy(endpoint: string): Promise<boolean> {
  try {
    const res = await fetch(`${endpoint}/health`, { signal: AbortSignal.timeout(1_000) });
    return res.ok && ((await res.json()) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

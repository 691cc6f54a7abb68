// Starts cognito-local as a child process on 127.0.0.1, with its state in a data directory, and
// stops it again.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, LOOPBACK, superviseProcess, waitUntilReady, type ExitInfo } from '../supervised-process.ts';
import { QUIET_SDK_ENVIRONMENT } from '../../local-aws.ts';

export interface CognitoLocalOptions {
  /** cognito-local keeps its state in `<dataDir>/.cognito/` (created if missing). */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Give up if /health has not answered by then (default 30 s). */
  startTimeoutMs?: number;
  /** Called with each confirmation code cognito-local "sends" (it prints them instead of mailing them). */
  onConfirmationCode?: (code: { destination: string; code: string }) => void;
}

/** cognito-local's ConsoleMessageSender box: `Destination: <email>` … `Code: <digits>` (its log escapes newlines). */
export function confirmationCodes(text: string): Array<{ destination: string; code: string }> {
  const found: Array<{ destination: string; code: string }> = [];
  for (const box of text.split('Confirmation Code Delivery').slice(1)) {
    const destination = /Destination:\s+([^\s\\│]+)/.exec(box)?.[1];
    const code = /Code:\s+(\d+)/.exec(box)?.[1];
    if (destination && code) found.push({ destination, code });
  }
  return found;
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
      return await launch(entry, dataDir, port, options.startTimeoutMs ?? 30_000, options.onConfirmationCode);
    } catch (err) {
      const portClash = err instanceof Error && /EADDRINUSE/.test(err.message);
      if (!portClash || options.port || attempt >= 3) throw err;
    }
  }
}

async function launch(
  entry: string,
  cwd: string,
  port: number,
  timeoutMs: number,
  onCode?: CognitoLocalOptions['onConfirmationCode'],
): Promise<CognitoLocal> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: LOOPBACK, PORT: String(port), ...QUIET_SDK_ENVIRONMENT };
  delete env.COGNITO_LOCAL_DEVMODE; // dev mode would relax its checks
  delete env.CODE; // fixed confirmation codes
  const started = performance.now();
  // a box may arrive split across chunks: look at what came since the last code found
  let pending = '';
  const onOutput = (text: string) => {
    if (!onCode) return;
    pending = (pending + text).slice(-8192);
    const found = confirmationCodes(pending);
    if (found.length === 0) return;
    found.forEach(onCode);
    pending = pending.slice(pending.lastIndexOf('Code:') + 'Code:'.length);
  };
  const child = superviseProcess(process.execPath, ['--require', WATCHDOG, entry], { cwd, env }, onOutput);
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

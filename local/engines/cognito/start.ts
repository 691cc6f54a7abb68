// Starts cognito-local as a child process on 127.0.0.1, with its state in a data directory, and
// stops it again.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, LOOPBACK, superviseProcess, waitUntilReady, type ExitInfo } from '../supervised-process.ts';
import { QUIET_SDK_ENVIRONMENT } from '../../aws/index.ts';
import { codeReader, newCodeMark, type CodeDelivery } from './codes.ts';

export interface CognitoLocalOptions {
  /** cognito-local keeps its state in `<dataDir>/.cognito/` (created if missing). */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Give up if /health has not answered by then (default 30 s). */
  startTimeoutMs?: number;
  /** Called at once with each confirmation code cognito-local "sends" (it prints them instead of mailing them). */
  onConfirmationCode?: (code: CodeDelivery) => void;
  /**
   * The origin token issuers are built from (`${issuerDomain}/${userPoolId}`): the public endpoint when
   * cognito-local listens behind the gateway. Default: its own endpoint.
   */
  issuerDomain?: string;
  /** When set, cognito-local answers only requests with `x-shop-gateway: <secret>` (the gateway's). */
  gatewaySecret?: string;
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
const HOOKS = fileURLToPath(new URL('./hooks.cjs', import.meta.url));

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
      return await launch(entry, dataDir, port, options);
    } catch (err) {
      const portClash = err instanceof Error && /EADDRINUSE/.test(err.message);
      if (!portClash || options.port || attempt >= 3) throw err;
    }
  }
}

async function launch(entry: string, cwd: string, port: number, options: CognitoLocalOptions): Promise<CognitoLocal> {
  const endpoint = `http://${LOOPBACK}:${port}`;
  const mark = newCodeMark();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: LOOPBACK,
    PORT: String(port),
    ...QUIET_SDK_ENVIRONMENT,
    SHOP_COGNITO_ISSUER: options.issuerDomain ?? endpoint,
    SHOP_COGNITO_CODE_MARK: mark,
    ...(options.gatewaySecret ? { SHOP_COGNITO_GATEWAY_SECRET: options.gatewaySecret } : {}),
  };
  delete env.COGNITO_LOCAL_DEVMODE; // dev mode would relax its checks
  delete env.CODE; // fixed confirmation codes
  const started = performance.now();
  const onOutput = options.onConfirmationCode && codeReader(mark, options.onConfirmationCode);
  const args = ['--require', WATCHDOG, '--require', HOOKS, entry];
  const child = superviseProcess(process.execPath, args, { cwd, env }, onOutput);
  // Only our child prints the banner with our port, so /health cannot be a stranger's answer.
  await waitUntilReady(
    child,
    'cognito-local',
    options.startTimeoutMs ?? 30_000,
    25,
    async () =>
      child.output().includes(`${READY_BANNER} ${endpoint}`) && (await healthy(endpoint, options.gatewaySecret)),
  );
  const startupMs = Math.round(performance.now() - started);
  const { exited, output } = child;
  return { endpoint, port, pid: child.child.pid!, startupMs, exited, output, stop: () => child.stop(5_000) };
}

async function healthy(endpoint: string, secret?: string): Promise<boolean> {
  try {
    const headers = secret ? { 'x-shop-gateway': secret } : undefined;
    const res = await fetch(`${endpoint}/health`, { headers, signal: AbortSignal.timeout(1_000) });
    return res.ok && ((await res.json()) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

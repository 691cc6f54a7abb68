// Headless Chromium for end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core
// (Playwright's own browser downloads do not work on this machine; there is no internet).
//
//   const browser = await launchChromium();          // beforeAll
//   const page = await browser.newPage();
//   const problems = watchPage(page, { allowedOrigins: [origin] });
//   …
//   expect(problems.all()).toEqual([]);
//   await closeBrowser(browser);                     // afterAll (accepts undefined)
//
// Every launch gets a fresh, empty profile: Playwright's launch() creates a new temporary
// --user-data-dir (mkdtemp "playwright_chromiumdev_profile-*") and deletes it on close. It refuses
// a --user-data-dir in `args`, so the flag is not passed here.
import { accessSync, constants, existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page, type Request, type Response } from 'playwright-core';

/** Debian's Chromium (`sudo apt-get install -y chromium`); `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The flags Chromium needs here (as root, offline). Without the background-networking ones it
 * keeps trying to reach Google's hosts and this machine's closed network refuses each attempt.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchChromiumOptions {
  executablePath?: string;
  /** Extra flags, after CHROMIUM_ARGS. */
  args?: readonly string[];
  /** Launch timeout (default 60 s). */
  timeoutMs?: number;
}

function assertChromiumInstalled(executablePath: string): void {
  const hint = 'Install it with: sudo apt-get install -y chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed: ${executablePath} does not exist. The browser tests need Debian's Chromium. ${hint}`,
    );
  }
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    throw new Error(`Chromium at ${executablePath} is not executable. ${hint}`);
  }
}

/** Starts headless Chromium with a fresh temporary profile. Throws (never skips) when Chromium is missing. */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  assertChromiumInstalled(executablePath);
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      chromiumSandbox: false,
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
      timeout: options.timeoutMs ?? 60_000,
    });
  } catch (error) {
    throw new Error(
      `Chromium at ${executablePath} did not start (sudo apt-get install -y chromium installs Debian's build): ` +
        (error as Error).message,
      {
        cause: error,
      },
    );
  }
}

/** Closes the browser (and every context and page in it); safe with undefined or an already closed browser. */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  await browser.close().catch(() => {});
}

export interface PageProblems {
  /** console.error messages, CSP violations included (Chromium reports them there). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  readonly pageErrors: string[];
  /** Requests that failed at the network level (refused, aborted, blocked). */
  readonly failedRequests: string[];
  /** Responses with status 400 or more. */
  readonly httpErrors: string[];
  /** Requests to anything other than `allowedOrigins` (data: and blob: URLs never leave the page). */
  readonly foreignRequests: string[];
  /** Every request URL, in order. */
  readonly requests: string[];
  /** All problems above as one list of lines; empty when the page behaved. */
  all(): string[];
}

/** Records what a page does wrong from now on. `allowedOrigins` are like `http://127.0.0.1:4000`. */
export function watchPage(page: Page, options: { allowedOrigins: readonly string[] }): PageProblems {
  const problems = {
    consoleErrors: [] as string[],
    pageErrors: [] as string[],
    failedRequests: [] as string[],
    httpErrors: [] as string[],
    foreignRequests: [] as string[],
    requests: [] as string[],
    all(): string[] {
      return [
        ...this.consoleErrors.map((m) => `console error: ${m}`),
        ...this.pageErrors.map((m) => `page error: ${m}`),
        ...this.failedRequests.map((m) => `failed request: ${m}`),
        ...this.httpErrors.map((m) => `HTTP error: ${m}`),
        ...this.foreignRequests.map((m) => `request off this machine: ${m}`),
      ];
    },
  };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') {
      const where = message.location();
      problems.consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error: Error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on('request', (request: Request) => {
    const url = request.url();
    problems.requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = url;
    }
    if (!options.allowedOrigins.includes(origin)) problems.foreignRequests.push(`${request.method()} ${url}`);
  });
  page.on('requestfailed', (request: Request) => {
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response: Response) => {
    if (response.status() >= 400)
      problems.httpErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return problems;
}

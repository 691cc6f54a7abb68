// One npm start and one Chromium for the web tests, plus the checks every page gets (axe, no page errors).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ENDPOINTS_FILE, type LocalEndpoints } from '../../local/start/index.ts';
import { launchChromium, watchPage, type PageProblems } from '../support/browser.ts';
import { signIn } from '../support/cognito-tokens.ts';
import { graphql } from '../support/graphql-client.ts';
import { ROOT, startShopProcess, type ShopProcess } from '../support/shop-process.ts';

/** Every page gets the README screenshots' size, so what a test sees is what the screenshot shows. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

export interface WebHarness {
  shop: ShopProcess;
  browser: Browser;
  origin: string;
  /** the local S3 (uploads) and CDN (pictures), from the running shop's endpoints.json */
  imageOrigins: string[];
  /** the Stripe twin, whose hosted payment page the shopper is sent to */
  stripeOrigin: string;
  adminCall<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export async function startWebHarness(): Promise<WebHarness> {
  const shop = await startShopProcess({ timeoutMs: 150_000 });
  const browser = await launchChromium();
  const origin = new URL(shop.outputs.graphqlUrl).origin;
  const { idToken } = await signIn(shop.outputs, 'admin@example.com');
  const local = JSON.parse(await readFile(join(shop.dataDir, ENDPOINTS_FILE), 'utf8')) as LocalEndpoints;
  const imageOrigins = [local.endpoints['s3'], local.endpoints['cdn']].filter((e): e is string => !!e);
  const stripe = local.endpoints['stripe'];
  if (!stripe) throw new Error('npm start named no Stripe twin in its endpoints.json');
  return {
    shop,
    browser,
    origin,
    imageOrigins,
    stripeOrigin: new URL(stripe).origin,
    async adminCall<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await graphql<T>(shop.outputs.graphqlUrl, query, variables, { authorization: idToken });
      if (response.body.errors?.length) throw new Error(JSON.stringify(response.body.errors));
      return response.body.data as T;
    },
  };
}

/** A fresh context (no shared sign-in) with its problems watched; Cognito's and Stripe's ports are allowed too. */
export async function openPage(h: WebHarness): Promise<{ page: Page; problems: PageProblems }> {
  // Amplify always opens wss:// (it maps http:// endpoints to wss://), and the twin's TLS certificate is
  // self-signed: a user trusts .data/tls/localhost-cert.pem once (README); the test browser is told to.
  const context = await h.browser.newContext({ ignoreHTTPSErrors: true, viewport: VIEWPORT });
  const page = await context.newPage();
  const cognito = h.shop.outputs.cognitoEndpoint ? new URL(h.shop.outputs.cognitoEndpoint).origin : h.origin;
  return {
    page,
    problems: watchPage(page, { allowedOrigins: [h.origin, cognito, h.stripeOrigin, ...h.imageOrigins] }),
  };
}

/** axe-core on the page as it is now: no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

export async function signInThroughPage(page: Page, origin: string, email: string, password: string): Promise<void> {
  await page.goto(`${origin}/shop/account`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('link', { name: `Account (${email})` }).waitFor();
  // Let the requests signing in starts finish, so the next page.goto aborts none of them.
  await page.waitForLoadState('networkidle');
}

/** Saves the viewport (not the full page) as docs/screenshots/<name>.png for the README, overwriting it. */
/**
 * Every run takes the screenshot into .data/screenshots (ignored by git); `SCREENSHOTS=update npm test`
 * writes docs/screenshots, the README's copies, so a plain `npm test` leaves the working tree clean.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const update = process.env['SCREENSHOTS'] === 'update';
  const dir = update ? join(ROOT, 'docs', 'screenshots') : join(ROOT, '.data', 'screenshots');
  await mkdir(dir, { recursive: true });
  const png = await page.screenshot({ path: join(dir, `${name}.png`), type: 'png', fullPage: false });
  // IHDR's width and height (bytes 16-23): the README promises a 1280x800 image.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VIEWPORT.width, VIEWPORT.height]);
}

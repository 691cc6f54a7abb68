// A person opening http://127.0.0.1:<port>/ after `npm start`: GraphiQL loads in headless
// Chromium from this machine alone, and its default query runs against the seeded catalog.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchChromium, watchPage } from '../../support/browser.ts';
import { startShopProcess, type ShopProcess } from '../../support/shop-process.ts';

let shop: ShopProcess;
let browser: Browser;
beforeAll(async () => {
  [shop, browser] = await Promise.all([startShopProcess(), launchChromium()]);
}, 120_000);
afterAll(async () => {
  await closeBrowser(browser);
  await shop?.stop();
});

describe('GraphiQL at /', () => {
  it('runs the default catalog query with the local API key', async () => {
    const origin = new URL(shop.outputs.graphqlUrl).origin;
    const page = await browser.newPage();
    const problems = watchPage(page, { allowedOrigins: [origin] });
    await page.goto(`${origin}/`);
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    await expect
      .poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 })
      .toContain('City map poster');
    const response = await page.locator('.graphiql-response').innerText();
    expect(response).toContain('"currency": "USD"');
    expect(response).not.toContain('errors');
    expect(problems.all()).toEqual([]);
    expect(problems.requests.filter((url) => url.endsWith('/graphql')).length).toBeGreaterThanOrEqual(1);
  }, 60_000);
});

// Navigation to the first product list, timed inside the page (performance.now() counts from the
// navigation's start: https://www.w3.org/TR/hr-time-3/#dfn-time-origin), a cold context per run:
// - app: /shop/ until the frame that first paints a product card of the home page's list;
// - mobile: /mobile/ (the Expo app's web target) at a phone's viewport, until its first product tile paints;
// - wire floor: a blank same-origin page (/shop/config.json itself) that sends the home page's
//   listProducts with plain fetch and the API key from that JSON, until the answer is parsed.
import type { Browser, Page } from 'playwright-core';
import { percentile } from '../lib/index.ts';
import {
  DATA_AT,
  FIRST_CARD_AT,
  FIRST_TILE_AT,
  fetchListOnLoad,
  WATCH_FIRST_CARD,
  WATCH_FIRST_TILE,
} from './in-page.ts';
import { contextOptions } from './sessions.ts';

export interface Timings {
  runs: number;
  ms: number[];
  median: number;
  p90: number;
}

/** An iPhone 15's CSS viewport, with touch, for the mobile app. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

async function inColdContext(browser: Browser, run: (page: Page) => Promise<number>, phone = false): Promise<number> {
  const context = await browser.newContext({ ...contextOptions(), ...(phone ? PHONE : {}) });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

export function appRun(browser: Browser, origin: string): Promise<number> {
  return inColdContext(browser, async (page) => {
    await page.addInitScript({ content: WATCH_FIRST_CARD });
    await page.goto(`${origin}/shop/`, { waitUntil: 'commit' });
    await page.getByRole('region', { name: 'Newest products' }).getByRole('listitem').first().waitFor();
    return page.waitForFunction(FIRST_CARD_AT).then((handle) => handle.jsonValue() as Promise<number>);
  });
}

export function mobileRun(browser: Browser, origin: string): Promise<number> {
  return inColdContext(
    browser,
    async (page) => {
      await page.addInitScript({ content: WATCH_FIRST_TILE });
      await page.goto(`${origin}/mobile/`, { waitUntil: 'commit' });
      await page.getByRole('list', { name: 'Products' }).getByRole('link').first().waitFor();
      return page.waitForFunction(FIRST_TILE_AT).then((handle) => handle.jsonValue() as Promise<number>);
    },
    true,
  );
}

export function floorRun(browser: Browser, origin: string, query: string, variables: Record<string, unknown>) {
  return inColdContext(browser, async (page) => {
    await page.addInitScript({ content: fetchListOnLoad(query, variables) });
    await page.goto(`${origin}/shop/config.json`, { waitUntil: 'commit' });
    return page.waitForFunction(DATA_AT).then((handle) => handle.jsonValue() as Promise<number>);
  });
}

const tenth = (n: number) => Math.round(n * 10) / 10;

export function summarize(ms: number[]): Timings {
  return { runs: ms.length, ms: ms.map(tenth), median: tenth(percentile(ms, 50)), p90: tenth(percentile(ms, 90)) };
}

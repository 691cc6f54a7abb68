// Signed-in browser state for the pages that need one: sign in once through the storefront's own form,
// keep the context's storage (Amplify JS v6 keeps its tokens in localStorage), and start each measured
// page from a fresh context holding only that storage: signed in, but with an empty cache.
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import type { LocalOutputs } from '../../local/start/index.ts';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
export type Role = 'anonymous' | 'shopper' | 'admin';
export type Sessions = Record<Role, StorageState | undefined>;

/** Amplify opens wss:// to the API's self-signed TLS port; a user trusts it once (README), the bench is told to. */
export function contextOptions(storageState?: StorageState): BrowserContextOptions {
  return { ignoreHTTPSErrors: true, ...(storageState ? { storageState } : {}) };
}

function password(outputs: LocalOutputs, email: string): string {
  const user = outputs.users.find((u) => u.email === email);
  if (!user) throw new Error(`outputs have no local user ${email}`);
  return user.password;
}

async function signedInState(browser: Browser, origin: string, email: string, secret: string) {
  const context = await browser.newContext(contextOptions());
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/shop/account`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(secret);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: `Account (${email})` }).waitFor();
    await page.waitForLoadState('networkidle');
    return await context.storageState();
  } finally {
    await context.close();
  }
}

export async function signInAll(browser: Browser, origin: string, outputs: LocalOutputs): Promise<Sessions> {
  const as = (email: string) => signedInState(browser, origin, email, password(outputs, email));
  return {
    anonymous: undefined,
    shopper: await as('shopper@example.com'),
    admin: await as('admin@example.com'),
  };
}

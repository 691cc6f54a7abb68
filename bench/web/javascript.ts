// JavaScript per page: every JavaScript response a page loads in a fresh context (so nothing comes from
// a cache), its size as served uncompressed and as gzip at level 9 (what a CDN compressing it would send).
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import type { PageSpec } from './pages.ts';
import { contextOptions, type Sessions } from './sessions.ts';

export interface ScriptFile {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageScripts {
  page: string;
  path: string;
  role: string;
  files: ScriptFile[];
  bytes: number;
  gzipBytes: number;
}

function isJavaScript(response: Response): boolean {
  const type = response.headers()['content-type'] ?? '';
  return /javascript|ecmascript/.test(type) || /\.m?js(\?|$)/.test(new URL(response.url()).pathname);
}

async function sizeOf(response: Response): Promise<ScriptFile> {
  // body() is the decoded body whatever content-encoding the server used
  const body = await response.body();
  return { url: response.url(), bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}

export async function measurePageScripts(
  browser: Browser,
  origin: string,
  spec: PageSpec,
  sessions: Sessions,
): Promise<PageScripts> {
  const context = await browser.newContext(contextOptions(sessions[spec.role]));
  try {
    const sized: Array<Promise<ScriptFile>> = [];
    context.on('response', (response) => {
      if (isJavaScript(response)) sized.push(sizeOf(response));
    });
    const page = await context.newPage();
    await page.goto(`${origin}${spec.path}`);
    await spec.ready(page);
    if (spec.role === 'shopper') await page.getByRole('link', { name: /^Account \(/ }).waitFor();
    // lazily loaded chunks arrive after the first render: wait until the network has been quiet
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(sized);
    const sum = (key: 'bytes' | 'gzipBytes') => files.reduce((n, f) => n + f[key], 0);
    return {
      page: spec.name,
      path: spec.path,
      role: spec.role,
      files,
      bytes: sum('bytes'),
      gzipBytes: sum('gzipBytes'),
    };
  } finally {
    await context.close();
  }
}

// npm start rebuilds the web apps when their sources are newer than dist/web, not only when it is missing.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webBuildNeeded } from './build.ts';

function tree(): { root: string; touch(path: string, seconds: number): void } {
  const root = mkdtempSync(join(tmpdir(), 'web-build-'));
  return {
    root,
    touch(path, seconds) {
      const file = join(root, path);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, 'x');
      utimesSync(file, seconds, seconds);
    },
  };
}

describe('webBuildNeeded', () => {
  it('builds when there is no build, or a source under clients/ is newer than it', () => {
    const { root, touch } = tree();
    touch('clients/web/src/pages/shop/home.tsx', 1_000);
    touch('clients/operations/cart.graphql', 1_000);
    expect(webBuildNeeded(root)).toBe('missing');
    touch('dist/web/index.html', 2_000);
    expect(webBuildNeeded(root)).toBeUndefined();
    touch('clients/operations/cart.graphql', 3_000);
    expect(webBuildNeeded(root)).toBe('stale');
  });

  it('ignores folders that are not the web apps’ sources (node_modules, the mobile app, dot folders)', () => {
    const { root, touch } = tree();
    touch('clients/web/src/main.tsx', 1_000);
    touch('dist/web/index.html', 2_000);
    touch('clients/node_modules/x/index.js', 3_000);
    touch('clients/mobile/App.tsx', 3_000);
    touch('clients/.cache/x', 3_000);
    expect(webBuildNeeded(root)).toBeUndefined();
  });
});

describe('webBuildNeeded for the mobile app', () => {
  it('watches clients/ and clients/mobile, not the web app’s folder', () => {
    const { root, touch } = tree();
    touch('clients/mobile/src/app.tsx', 1_000);
    touch('dist/mobile/index.html', 2_000);
    touch('clients/web/src/main.tsx', 3_000);
    touch('clients/mobile/node_modules/react/index.js', 3_000);
    expect(webBuildNeeded(root, 'mobile')).toBeUndefined();
    touch('clients/money.ts', 3_000);
    expect(webBuildNeeded(root, 'mobile')).toBe('stale');
    touch('dist/mobile/index.html', 4_000);
    touch('clients/mobile/src/screens/cart.tsx', 5_000);
    expect(webBuildNeeded(root, 'mobile')).toBe('stale');
    expect(webBuildNeeded(root, 'web')).toBe('missing');
  });
});

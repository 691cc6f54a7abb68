// The storefront and admin build: one page served at /shop/ and /admin/, assets under /shop/assets/.
// https://vite.dev/config/ (root, base, build.outDir)
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const WEB_ROOT = fileURLToPath(new URL('.', import.meta.url));
export const WEB_OUT_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export default defineConfig({
  root: WEB_ROOT,
  base: '/shop/',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: WEB_OUT_DIR, emptyOutDir: true, target: 'es2022', reportCompressedSize: true },
});

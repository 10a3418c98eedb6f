/**
 * The web UI (portal and console) is built by Vite into dist/web, which the
 * server serves (src/server/routes/web). It imports src/core directly: the
 * browser checks forms and proofs with the same code as the server.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // .vite/manifest.json: the first view's chunks, measured by test/browser/portal-bundle.test.ts.
    manifest: true,
    chunkSizeWarningLimit: 700,
    reportCompressedSize: false,
  },
  oxc: { jsx: { runtime: 'automatic' } },
});

#!/usr/bin/env node
// The `saksi` command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('saksi: not built yet — run `npm run build` (or `npm ci`) first.\n');
  process.exit(1);
}
await import(main);
